# Exceptions through chains of awaits, async for inside try/finally, and
# break/return out of async for and async with together.
class Step:
    def __await__(self):
        yield "step"


class Span:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Step()
        return self.n


class Guard:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self

    async def __aexit__(self, t, v, tb):
        await Step()
        print("exit", self.name, t.__name__ if t else None)


async def leaf(x):
    await Step()
    if x < 0:
        raise ValueError("negative %d" % x)
    return x


async def middle(x):
    try:
        return await leaf(x) + 1
    except ValueError as e:
        print("middle caught", e)
        return -1


async def main():
    print(await middle(1), await middle(-5))
    total = 0
    try:
        async for v in Span(4):
            async with Guard("g%d" % v):
                if v == 1:
                    break
                total += v
    finally:
        print("finally, total", total)
    async for v in Span(3):
        async with Guard("r%d" % v):
            return v


def drive(coro):
    steps = 0
    try:
        while True:
            assert coro.send(None) == "step"
            steps += 1
    except StopIteration as stop:
        print("returned", stop.value, "after", steps, "steps")


drive(main())
