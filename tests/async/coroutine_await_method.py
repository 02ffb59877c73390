# coroutine.__await__() returns an iterator (a coroutine_wrapper) that
# drives the coroutine, and an awaitable class may return one from its own
# __await__.
import types


@types.coroutine
def suspend(value):
    received = yield value
    return received


async def worker(tag):
    got = await suspend(tag + ":first")
    print("worker got", got)
    got = await suspend(tag + ":second")
    print("worker got", got)
    return tag + ":result"


c = worker("a")
w = c.__await__()
print(type(w).__name__)
print(iter(w) is w)
print(hasattr(w, "send"), hasattr(w, "throw"), hasattr(w, "close"))
print(next(w))
print(w.send("x"))
try:
    w.send("y")
except StopIteration as stop:
    print("stopped with", stop.value)
try:
    next(w)
except StopIteration as stop:
    print("again:", stop.value)
except RuntimeError as e:
    print("RuntimeError:", e)


# throw() and close() reach the coroutine.
async def guarded():
    try:
        await suspend("waiting")
    except KeyError as e:
        print("coroutine caught", repr(e))
        await suspend("recovered")
    finally:
        print("coroutine finally")


w = guarded().__await__()
print(next(w))
print(w.throw(KeyError("k")))
w.close()
print("closed")

w = guarded().__await__()
next(w)
try:
    w.throw(ValueError("v"))
except ValueError as e:
    print("propagated", repr(e))


# An awaitable whose __await__ hands out another coroutine's wrapper.
class Deferred:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return worker(self.tag).__await__()


async def main():
    result = await Deferred("b")
    print("main got", result)
    return "main done"


c = main()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as stop:
    print(stop.value)


# throw() into the outer coroutine goes through the wrapper too.
class Guarded:
    def __await__(self):
        return guarded().__await__()


async def outer():
    await Guarded()
    return "outer done"


c = outer()
print(c.send(None))
print(c.throw(KeyError("through")))
try:
    c.send(None)
except StopIteration as stop:
    print(stop.value)


# The wrapper and the coroutine share one state: what one runs, the
# other sees finished.
async def short():
    return 42


c = short()
w = c.__await__()
try:
    w.send(None)
except StopIteration as stop:
    print("short:", stop.value)
try:
    c.send(None)
except RuntimeError as e:
    print("coroutine after its wrapper:", e)
