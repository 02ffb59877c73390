# throw() and close()
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in generator:", e)
        yield "recovered"
    finally:
        print("generator cleanup")
it = g()
print(next(it))
print(it.throw(ValueError("injected")))
it.close()
print("closed")
it2 = g()
next(it2)
it2.close()
try:
    next(it2)
except StopIteration:
    print("closed generator is exhausted")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
s = stubborn()
next(s)
s.close()
it3 = g()
try:
    it3.throw(KeyError("before start"))
except KeyError as e:
    print("propagated", repr(e))
