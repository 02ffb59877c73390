# gather: results in argument order, return_exceptions, the first failure,
# cancellation, futures and duplicates.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    print("finished", v)
    return v


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def main():
    print(await asyncio.gather(value(1, 0.03), value(2, 0.01), value(3, 0.02)))
    print(await asyncio.gather())

    # return_exceptions puts exceptions among the results.
    print(await asyncio.gather(value("a", 0.001), fail(ValueError("bad"), 0.002),
                               return_exceptions=True))

    # Without it, the first exception propagates; the others keep running.
    slow = asyncio.create_task(value("slow", 0.05))
    try:
        await asyncio.gather(fail(KeyError("k"), 0.002), slow)
    except KeyError as e:
        print("KeyError", e, slow.done())
    print(await slow)

    # A future and a task among the awaitables; a repeated coroutine runs once.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.002, fut.set_result, "from future")
    c = value("dup", 0.001)
    print(await asyncio.gather(fut, c, c))

    # Cancelling the gather cancels its children.
    async def forever(name):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print(name, "cancelled")
            raise

    g = asyncio.gather(forever("g1"), forever("g2"))
    await asyncio.sleep(0.001)
    print("cancel", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

    # A cancelled child with return_exceptions appears as CancelledError.
    t = asyncio.create_task(forever("child"))
    g = asyncio.gather(t, value("other", 0.01), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    results = await g
    print([type(r).__name__ for r in results], results[1])

    # gather of gathers.
    inner = asyncio.gather(value("i1", 0.01), value("i2", 0.02))
    print(await asyncio.gather(inner, value("o", 0.03)))


asyncio.run(main())
