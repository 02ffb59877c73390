# Exceptions travel through awaits: coroutine to coroutine, task to
# awaiter, into asyncio.run's caller; chaining and finally blocks.
import asyncio


async def deepest(n):
    if n == 0:
        await asyncio.sleep(0)
        raise ValueError("from the bottom")
    try:
        return await deepest(n - 1)
    finally:
        print("unwinding", n)


async def main():
    try:
        await deepest(3)
    except ValueError as e:
        print("caught", e)

    t = asyncio.create_task(deepest(1))
    try:
        await t
    except ValueError as e:
        print("from task:", e, repr(t.exception()))

    # An exception raised while handling another keeps its context.
    async def chained():
        try:
            await deepest(0)
        except ValueError as e:
            raise KeyError("wrapped") from e

    try:
        await chained()
    except KeyError as e:
        print(repr(e), repr(e.__cause__))

    # Raising StopIteration inside a coroutine becomes RuntimeError.
    async def stops():
        raise StopIteration

    try:
        await asyncio.create_task(stops())
    except RuntimeError as e:
        print("RuntimeError from StopIteration", type(e.__cause__).__name__)

    # An exception class (not an instance) set on a future.
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(IndexError)
    try:
        await fut
    except IndexError as e:
        print("IndexError instance", type(e).__name__)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("InvalidStateError on a done future")
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    return "unreached"


async def top():
    await main()
    raise LookupError("out of asyncio.run")


try:
    asyncio.run(top())
except LookupError as e:
    print("asyncio.run raised", repr(e))


# Awaiting something that is not awaitable.
async def bad_await():
    await 5


try:
    asyncio.run(bad_await())
except TypeError as e:
    print("TypeError:", e)


# A custom awaitable (a class with __await__) and a yielded future.
class Ready:
    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(0.001, fut.set_result, "custom awaitable")
        return (yield from fut)


async def custom():
    print(await Ready())
    print(await asyncio.ensure_future(Ready()))


asyncio.run(custom())
