# Errors of the async-iteration protocol.
def run(coro):
    try:
        coro.send(None)
    except StopIteration:
        print("finished")
    except Exception as e:
        print(type(e).__name__, e)


async def over(obj):
    async for x in obj:
        print(x)


run(over(5))
run(over([1, 2]))


class NoAnext:
    def __aiter__(self):
        return 3


run(over(NoAnext()))


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


run(over(BadAnext()))


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("from anext")


run(over(Failing()))


class Once:
    def __init__(self):
        self.done = False

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.done:
            raise StopAsyncIteration
        self.done = True
        return 1


async def body_raises():
    async for x in Once():
        # StopAsyncIteration from the body is not the end of the loop.
        raise StopAsyncIteration("body")


run(body_raises())
