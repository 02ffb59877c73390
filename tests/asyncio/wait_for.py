# wait_for: a result in time, a timeout cancelling the awaitable (which
# sees CancelledError), TimeoutError as the builtin, None and 0 timeouts.
import asyncio


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled by wait_for")
        raise
    return name + " done"


async def main():
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(job("quick", 0.001), 1))
    try:
        await asyncio.wait_for(job("slow", 1), 0.002)
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__)
    print(await asyncio.wait_for(job("none", 0.001), None))

    # A timeout of 0 cancels at once unless the task is already done.
    try:
        await asyncio.wait_for(job("zero", 0.001), 0)
    except TimeoutError:
        print("zero timed out")
    t = asyncio.create_task(job("finished", 0))
    await asyncio.sleep(0.001)
    print(await asyncio.wait_for(t, 0))

    # An exception from the awaitable passes through.
    async def broken():
        await asyncio.sleep(0)
        raise ArithmeticError("broken")

    try:
        await asyncio.wait_for(broken(), 1)
    except ArithmeticError as e:
        print("ArithmeticError", e)

    # An awaitable that catches its cancellation and returns: the value.
    async def catches():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "caught it"

    print(await asyncio.wait_for(catches(), 0.002))

    # Cancelling the task that runs wait_for cancels the inner one too.
    async def runner():
        try:
            await asyncio.wait_for(job("inner", 1), 1)
        except asyncio.CancelledError:
            print("runner cancelled")
            raise

    r = asyncio.create_task(runner())
    await asyncio.sleep(0.001)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("runner done", r.cancelled())

    # wait_for over a task that keeps running if shielded.
    t = asyncio.create_task(job("shielded", 0.05))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.001)
    except TimeoutError:
        print("timed out, task still running:", not t.done())
    print(await t)


asyncio.run(main())
