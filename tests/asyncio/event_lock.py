# Event and Lock: waiters woken in order, async with, errors.
import asyncio


async def main():
    ev = asyncio.Event()
    print(ev.is_set())

    async def waiter(name):
        print(name, "waits")
        print(name, "got", await ev.wait())

    tasks = [asyncio.create_task(waiter(n)) for n in ("e1", "e2", "e3")]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*tasks)
    # A set event does not block.
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.002)
    except TimeoutError:
        print("wait timed out")

    # Set and cleared before the waiter runs: it still wakes.
    t = asyncio.create_task(waiter("e4"))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t

    lock = asyncio.Lock()
    print(lock.locked())
    order = []

    async def critical(name, hold):
        async with lock:
            order.append(name + " in")
            await asyncio.sleep(hold)
            order.append(name + " out")

    await asyncio.gather(critical("a", 0.002), critical("b", 0.001), critical("c", 0))
    print(order)
    print(lock.locked())

    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # A cancelled waiter does not take the lock.
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    lock.release()
    await asyncio.sleep(0)
    print(w1.cancelled(), w2.done(), lock.locked())
    print(await w2, lock.locked())
    lock.release()

    # An exception inside async with releases the lock.
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError as e:
        print("ValueError", e, lock.locked())

    sem = asyncio.Semaphore(2)
    active = []
    most = [0]

    async def limited(name):
        async with sem:
            active.append(name)
            most[0] = max(most[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(name)
        return name

    print(await asyncio.gather(*(limited("s%d" % i) for i in range(4))), most[0], sem.locked())


asyncio.run(main())
