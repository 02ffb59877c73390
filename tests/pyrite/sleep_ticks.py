# The time module over SysTick: monotonic ticks and a sleep that waits.
import time

start = time.ticks_ms()
time.sleep_ms(50)
elapsed = time.ticks_diff(time.ticks_ms(), start)
print("slept at least 50 ms:", elapsed >= 50)
print("and not absurdly long:", elapsed < 5000)
a = time.ticks_us()
b = time.ticks_us()
print("ticks_us monotonic:", time.ticks_diff(b, a) >= 0)
