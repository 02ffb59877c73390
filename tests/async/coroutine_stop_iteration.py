# PEP 479 in coroutines: a StopIteration escaping a coroutine becomes
# "RuntimeError: coroutine raised StopIteration", with the original as
# its cause; generators keep their own message.
import types


async def raises(value):
    raise StopIteration(value)


try:
    raises(5).send(None)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__cause__ is e.__context__)


@types.coroutine
def suspend():
    yield "suspended"


async def later():
    await suspend()
    next(iter([]))


c = later()
print(c.send(None))
try:
    c.send(None)
except RuntimeError as e:
    print(repr(e), type(e.__cause__).__name__)


async def awaits_it():
    try:
        await raises("inner")
    except RuntimeError as e:
        print("caught inside:", e)
        return "recovered"


try:
    awaits_it().send(None)
except StopIteration as stop:
    print("returned", stop.value)


def gen():
    yield 1
    raise StopIteration


g = gen()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(repr(e))
