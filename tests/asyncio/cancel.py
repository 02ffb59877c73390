# Task.cancel: CancelledError raised at the await point, cleanup in
# finally, cancelling before the first step, messages, refusing.
import asyncio


async def worker(name):
    print(name, "start")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "cleanup")


async def main():
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0.001)
    print("cancel ->", t.cancel())
    print("done before it runs:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print(t.done(), t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    # Cancelled before it started: the coroutine body never runs.
    t = asyncio.create_task(worker("w2"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("w2 cancelled before start", t.cancelled())

    # With a message.
    t = asyncio.create_task(worker("w3"))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("w3 message", e.args)

    # A task may catch the cancellation and carry on.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("stubborn ignores it")
        await asyncio.sleep(0.001)
        return "survived"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    # Cancelling a task that waits on another task cancels that task too.
    inner = asyncio.create_task(asyncio.sleep(0.005, "inner result"))

    async def waits_on(task):
        return await task

    outer = asyncio.create_task(waits_on(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner", inner.cancelled())
    # shield() keeps the inner one running.
    inner = asyncio.create_task(asyncio.sleep(0.005, "inner result"))
    outer = asyncio.create_task(waits_on(asyncio.shield(inner)))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner", inner.cancelled())
    print(await inner)

    # A task cancelling itself gets CancelledError at its next await.
    async def self_cancel():
        asyncio.current_task().cancel()
        print("still running")
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("self cancelled at await")
            raise

    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print(t.cancelled())

    # Cancelling a plain future.
    fut = asyncio.get_running_loop().create_future()
    print(fut.cancel(), fut.cancelled(), fut.done(), fut.cancel())


asyncio.run(main())
