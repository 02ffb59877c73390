# async for over a class with __aiter__/__anext__, driven by send(None).
class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


def run(coro):
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as stop:
        print("returned", stop.value)


async def total(n):
    s = 0
    async for x in Counter(n):
        print("item", x)
        s += x
    return s


run(total(3))
run(total(0))


async def with_else():
    async for x in Counter(2):
        print(x)
    else:
        print("else ran")
    async for x in Counter(5):
        if x == 20:
            continue
        if x == 40:
            break
        print("kept", x)
    else:
        print("not printed")
    return "done"


run(with_else())


async def unpacking():
    class Pairs:
        def __init__(self):
            self.items = [(1, "a"), (2, "b")]

        def __aiter__(self):
            return self

        async def __anext__(self):
            if not self.items:
                raise StopAsyncIteration
            return self.items.pop(0)

    async for number, letter in Pairs():
        print(number, letter)


run(unpacking())
