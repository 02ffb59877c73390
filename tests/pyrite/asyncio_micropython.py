# MicroPython's asyncio additions: sleep_ms, wait_for_ms, Loop, and the
# loop really sleeping (a 20 ms sleep takes about 20 ms of wall time).
import asyncio
import time


async def job(name, ms):
    await asyncio.sleep_ms(ms)
    return name


async def main():
    t0 = time.ticks_ms()
    await asyncio.sleep_ms(20)
    elapsed = time.ticks_diff(time.ticks_ms(), t0)
    print("slept", 20 <= elapsed < 200)
    print(await asyncio.wait_for_ms(job("quick", 1), 100))
    try:
        await asyncio.wait_for_ms(job("slow", 100), 2)
    except asyncio.TimeoutError:
        print("wait_for_ms timed out")
    try:
        await asyncio.sleep_ms(1 << 29)
    except OverflowError as e:
        print("OverflowError:", e)
    # Timers with MicroPython's integer milliseconds keep their order.
    order = []

    async def at(ms):
        await asyncio.sleep_ms(ms)
        order.append(ms)

    await asyncio.gather(at(30), at(10), at(20), at(0))
    print(order)


asyncio.run(main())
print(asyncio.Loop is type(asyncio.get_event_loop()))
loop = asyncio.get_event_loop(8, 8)
print(loop.run_until_complete(job("run_until_complete", 1)))
