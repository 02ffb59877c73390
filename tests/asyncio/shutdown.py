# asyncio.run cancels the tasks still pending when the main coroutine
# returns, and they may clean up; get_event_loop outside a loop.
import asyncio


async def background(name):
    try:
        await asyncio.sleep(10)
    finally:
        print(name, "cleaned up at shutdown")


async def main():
    asyncio.create_task(background("bg1"))
    asyncio.create_task(background("bg2"))
    await asyncio.sleep(0)
    print("main returns")
    return "result"


print(asyncio.run(main()))

# asyncio.run twice in a row uses a fresh loop each time.
print(asyncio.run(asyncio.sleep(0, "again")))


# wait(): done and pending sets.
async def waits():
    quick = asyncio.create_task(asyncio.sleep(0.001, "q"))
    slow = asyncio.create_task(asyncio.sleep(1, "s"))
    done, pending = await asyncio.wait([quick, slow], return_when=asyncio.FIRST_COMPLETED)
    print(done == {quick}, pending == {slow})
    done, pending = await asyncio.wait([quick, slow], timeout=0.001)
    print(len(done), len(pending))
    slow.cancel()
    done, pending = await asyncio.wait([quick, slow])
    print(len(done), len(pending), slow.cancelled())


asyncio.run(waits())
