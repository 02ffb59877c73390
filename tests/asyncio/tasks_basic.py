# Tasks: creation order, sleep(0) interleaving, results, state queries.
import asyncio


async def count(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name + "!"


async def main():
    a = asyncio.create_task(count("a", 3))
    b = asyncio.create_task(count("b", 2), name="second")
    print("created", a.done(), b.done(), b.get_name())
    print(isinstance(a, asyncio.Task), isinstance(a, asyncio.Future))
    print("awaited", await a, await b)
    print("done", a.done(), b.done(), a.cancelled(), a.result(), a.exception())
    print(asyncio.current_task() is not None, asyncio.current_task() is not a)

    # A pending task has no result yet.
    c = asyncio.create_task(count("c", 1))
    try:
        c.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await c

    # Awaiting the same finished task again gives the same result.
    print(await a, await a)

    # A task can await a coroutine that awaits a task.
    async def relay(task):
        return "relayed " + await task

    d = asyncio.create_task(count("d", 1))
    print(await relay(d))

    # get_coro, set_name
    e = asyncio.create_task(count("e", 0))
    e.set_name("renamed")
    print(e.get_name(), asyncio.iscoroutine(e.get_coro()))
    await e

    # sleep returns its result argument.
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(0.001, result="later"))
    return "main done"


print(asyncio.run(main()))

# Bad arguments.
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)


async def nothing():
    pass


c = nothing()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()


async def nested():
    c = nothing()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()


asyncio.run(nested())
