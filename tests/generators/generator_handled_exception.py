# A generator suspended inside an except block keeps its own handled
# exception; the caller's is not disturbed, and a bare raise inside the
# generator re-raises the generator's exception.
def handler_gen():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in handler"
        raise


g = handler_gen()
print(next(g))
try:
    raise ValueError("caller")
except ValueError as outer:
    try:
        next(g)
    except KeyError as e:
        print("re-raised", repr(e))
        print("context is caller's?", e.__context__ is outer)


def context_gen():
    try:
        raise IndexError("first")
    except IndexError:
        yield 1
        raise RuntimeError("second")


g = context_gen()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

# Outside any handler, an exception raised in a resumed generator has the
# caller's handled exception as its context.
def plain():
    yield 1
    raise TypeError("plain")


g = plain()
next(g)
try:
    raise OSError("handling")
except OSError:
    try:
        next(g)
    except TypeError as e:
        print(repr(e), "context:", repr(e.__context__))
