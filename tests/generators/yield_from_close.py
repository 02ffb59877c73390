# close() of a generator in `yield from` closes the sub-generator first.
def leaf(name):
    try:
        yield name + " 1"
        yield name + " 2"
    finally:
        print("leaf", name, "finally")


def middle():
    try:
        yield from leaf("a")
    finally:
        print("middle finally")


g = middle()
print(next(g))
g.close()
print("closed")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("stubborn swallowed GeneratorExit")
    yield 2


def over_stubborn():
    yield from stubborn()


g = over_stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


class Closable:
    def __iter__(self):
        return self

    def __next__(self):
        return "item"

    def close(self):
        print("Closable.close called")


def over_object():
    yield from Closable()


g = over_object()
print(next(g))
g.close()


class NoClose:
    def __iter__(self):
        return self

    def __next__(self):
        return "x"


def over_no_close():
    try:
        yield from NoClose()
    except GeneratorExit:
        print("GeneratorExit reached the delegating generator")
        raise


g = over_no_close()
next(g)
g.close()


def close_raises():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")


def over_close_raises():
    try:
        yield from close_raises()
    except ValueError as e:
        print("outer sees", e)
        raise


g = over_close_raises()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)
