# generator.pend_throw(exc): MicroPython's deferred throw, raised at the
# generator's next resume in place of the value sent to it.


def counter():
    n = 0
    while True:
        try:
            received = yield n
            print("received", received)
        except ValueError as error:
            print("caught", repr(error))
        n += 1


g = counter()
print(next(g))
print(repr(g.pend_throw(ValueError("first"))))
# The pending exception replaces the sent value and is cleared once raised.
print(g.send("ignored"))
print(g.send("kept"))

# Each call returns what was pending before; None withdraws it.
print(repr(g.pend_throw(ValueError("a"))))
print(repr(g.pend_throw(ValueError("b"))))
print(repr(g.pend_throw(None)))
print(next(g))

# A class is instantiated when raised.
g.pend_throw(ValueError)
print(next(g))

# An exception the generator does not handle ends it.
g.pend_throw(KeyError("stop"))
try:
    next(g)
except KeyError as error:
    print("escaped", repr(error))
try:
    next(g)
except StopIteration:
    print("finished")


# Through `yield from`, the sub-generator sees it first.
def outer():
    try:
        yield from counter()
    except KeyError:
        print("outer caught KeyError")
        yield "after"


g = outer()
print(next(g))
g.pend_throw(ValueError("inner"))
print(next(g))
g.pend_throw(KeyError())
print(next(g))

# Not a method of other iterators; a running generator refuses it.
try:
    iter([]).pend_throw
except AttributeError:
    print("AttributeError")


def self_pending():
    yield me.pend_throw(ValueError())


me = self_pending()
try:
    next(me)
except ValueError as error:
    print("ValueError", error)
