# ThreadSafeFlag: set from outside the loop (a micropython.schedule
# callback, as an interrupt handler would), waited on by a task; wait()
# clears it. A loop with nothing else to do keeps polling for it.
import asyncio
import micropython

flag = asyncio.ThreadSafeFlag()


def from_irq(n):
    print("callback", n)
    flag.set()


acked = asyncio.Event()


async def waiter():
    for i in range(3):
        await flag.wait()
        print("woken", i)
        acked.set()


async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep_ms(1)
    for i in range(3):
        micropython.schedule(from_irq, i)
        await acked.wait()
        acked.clear()
    await t
    # Set before anyone waits: the next wait returns at once.
    flag.set()
    await flag.wait()
    print("was set")
    flag.set()
    flag.clear()
    try:
        await asyncio.wait_for_ms(flag.wait(), 5)
    except asyncio.TimeoutError:
        print("cleared flag times out")

    # main waits on a flag only a scheduled callback will set: the loop
    # must not give up while nothing is ready.
    async def late_setter():
        await asyncio.sleep_ms(1)
        micropython.schedule(from_irq, "late")

    asyncio.create_task(late_setter())
    await flag.wait()
    print("late wake-up")


asyncio.run(main())
