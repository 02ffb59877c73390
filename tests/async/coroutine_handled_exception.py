# A coroutine driven by hand with send()/throw() keeps the exception its own
# `except` block handles across suspensions, like a generator, including
# when it awaits inside the handler or in `async with`'s __aexit__.
import sys
import types


def name():
    info = sys.exc_info()
    return None if info[1] is None else repr(info[1])


@types.coroutine
def suspend(value):
    return (yield value)


async def catcher():
    try:
        await suspend("start")
    except ValueError:
        await suspend("caught")
        print("after resume:", name())
        try:
            raise
        except ValueError as e:
            print("bare raise re-raised:", repr(e))
    await suspend("after except")
    print("after except:", name())
    return "done"


c = catcher()
print(c.send(None))
e = ValueError("shared")
try:
    raise e
except ValueError as handled:
    print("thrown:", c.throw(handled))
print(c.send(None))
try:
    raise KeyError("caller")
except KeyError:
    try:
        c.send(None)
    except StopIteration as stop:
        print("returned:", stop.value)


async def own():
    try:
        raise KeyError("mine")
    except KeyError:
        await suspend(1)
        print("own under TypeError:", name())
    await suspend(2)
    try:
        raise
    except TypeError as e:
        print("own re-raised the caller's:", repr(e))


c = own()
print(c.send(None))
try:
    raise TypeError("caller's")
except TypeError:
    print(c.send(None))
    print("caller still has:", name())
    try:
        c.send(None)
    except StopIteration:
        print("own finished")


async def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            await suspend("inner")
            print("nested inner:", name())
        await suspend("outer")
        print("nested outer:", name())


c = nested()
print(c.send(None))
try:
    raise ZeroDivisionError("caller")
except ZeroDivisionError:
    print(c.send(None))
try:
    c.send(None)
except StopIteration:
    print("nested finished")


class Manager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, kind, value, tb):
        print("aexit got:", repr(value))
        await suspend("in aexit")
        print("aexit resumed:", name())
        return True


async def with_block():
    async with Manager():
        raise OSError("body")
    print("suppressed, now:", name())
    return "with done"


c = with_block()
print(c.send(None))
try:
    raise LookupError("caller")
except LookupError:
    try:
        c.send(None)
    except StopIteration as stop:
        print("returned:", stop.value)
