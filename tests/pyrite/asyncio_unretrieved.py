# The default exception handler: a task's exception no one retrieved is
# reported (CPython's text) at the loop turn after the task ended, with
# CPython's traceback layout; a callback's exception likewise. The loop
# goes on.
import asyncio


async def fails():
    raise ValueError("nobody looks")


def bad_callback():
    1 / 0


async def main():
    asyncio.create_task(fails(), name="doomed")
    await asyncio.sleep(0)
    print("task ended")
    await asyncio.sleep(0)
    print("after the report")
    asyncio.get_running_loop().call_soon(bad_callback)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
