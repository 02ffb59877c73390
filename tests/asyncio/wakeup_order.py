# The order in which the loop wakes tasks: timers by deadline, sleep(0)
# round-robin, callbacks FIFO, a finished task waking its awaiters.
import asyncio

log = []


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    log.append(name)


async def spinner(name, n):
    for i in range(n):
        log.append(name + str(i))
        await asyncio.sleep(0)


async def main():
    # Deadlines, created out of order.
    tasks = [
        asyncio.create_task(sleeper("c", 0.03)),
        asyncio.create_task(sleeper("a", 0.01)),
        asyncio.create_task(sleeper("b", 0.02)),
    ]
    for t in tasks:
        await t
    print(log)
    log.clear()

    # Round-robin between tasks yielding with sleep(0).
    await asyncio.gather(spinner("x", 3), spinner("y", 2), spinner("z", 1))
    print(log)
    log.clear()

    # Callbacks run in the order scheduled; call_later by deadline.
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0.006, log.append, "later2")
    loop.call_later(0.002, log.append, "later1")
    loop.call_soon(log.append, "soon1")
    loop.call_soon(log.append, "soon2")
    handle = loop.call_soon(log.append, "never")
    handle.cancel()
    print(handle.cancelled())
    loop.call_later(0.01, done.set_result, None)
    await done
    print(log)
    log.clear()

    # Several tasks awaiting one task wake in the order they started waiting.
    async def waiter(name, task):
        await task
        log.append(name)

    target = asyncio.create_task(sleeper("target", 0.002))
    waiters = [asyncio.create_task(waiter(n, target)) for n in ("w1", "w2", "w3")]
    await asyncio.gather(*waiters)
    print(log)
    log.clear()

    # Done callbacks run after the future is done, in the order added.
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append("cb1 " + str(f.result())))
    fut.add_done_callback(lambda f: log.append("cb2"))
    removed = lambda f: log.append("removed")
    fut.add_done_callback(removed)
    print(fut.remove_done_callback(removed))
    fut.set_result(7)
    log.append("set")
    await asyncio.sleep(0)
    # A callback added to a done future is scheduled at once.
    fut.add_done_callback(lambda f: log.append("cb3"))
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
