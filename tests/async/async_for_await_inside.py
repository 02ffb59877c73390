# __anext__ that itself awaits something that suspends: the values it
# yields reach the driver of the outer coroutine.
class pause:
    # An awaitable whose __await__ generator suspends the whole coroutine.
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        answer = await pause("tick %d" % self.n)
        return answer


async def main():
    seen = []
    async for value in Ticker(3):
        seen.append(value)
    return seen


coro = main()
print(coro.send(None))
print(coro.send("A"))
print(coro.send("B"))
try:
    coro.send("C")
except StopIteration as stop:
    print("result", stop.value)
