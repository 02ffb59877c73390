# await: coroutines, objects with __await__, and what cannot be awaited.
class Future:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        received = yield "waiting for %r" % self.value
        return (self.value, received)


async def inner(x):
    return x * 2


async def outer():
    a = await inner(21)
    b = await Future("f")
    return a, b


coro = outer()
print(type(coro).__name__)
print(coro.send(None))
try:
    coro.send("sent")
except StopIteration as stop:
    print(stop.value)


def gen():
    yield 1


async def await_value(v):
    return await v


for bad in (1, gen(), [1]):
    try:
        await_value(bad).send(None)
    except TypeError as e:
        print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 5


try:
    await_value(BadAwait()).send(None)
except TypeError as e:
    print("TypeError:", e)
