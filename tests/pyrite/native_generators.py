# Native generators: send, throw, close and yield from, as bytecode ones.


@micropython.native
def echo():
    received = yield "ready"
    while received is not None:
        received = yield received * 2


g = echo()
print(next(g))
print(g.send(21))
print(g.send("ab"))
try:
    g.send(None)
except StopIteration:
    print("stopped")


@micropython.native
def guarded():
    try:
        yield 1
    except KeyError as e:
        yield "caught " + str(e)
    finally:
        print("cleanup")


g = guarded()
print(next(g))
print(g.throw(KeyError("k")))
g.close()


@micropython.native
def chain(*parts):
    for p in parts:
        yield from p


print(list(chain([1, 2], (3,), range(4, 6))))
