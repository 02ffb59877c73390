# time.ticks_* wrap-around arithmetic as MicroPython documents it
import time
TICKS_MAX = time.ticks_add(0, -1)
PERIOD = TICKS_MAX + 1
print("period is a power of two:", PERIOD & (PERIOD - 1) == 0, PERIOD >= 2 ** 20)
t = time.ticks_ms()
print("in range:", 0 <= t <= TICKS_MAX)
for d in (0, 1, -1, 1000, -1000, 123456):
    print(d, time.ticks_diff(time.ticks_add(t, d), t) == d)
print(time.ticks_add(t, 0) == t)
print(time.ticks_add(TICKS_MAX, 1), time.ticks_add(TICKS_MAX, 5), time.ticks_add(0, -5) == TICKS_MAX - 4)
print(time.ticks_diff(0, TICKS_MAX), time.ticks_diff(TICKS_MAX, 0))
print(time.ticks_diff(4, TICKS_MAX - 5), time.ticks_diff(TICKS_MAX - 5, 4))
half = PERIOD // 2
print(time.ticks_diff(half - 1, 0) == half - 1, time.ticks_diff(half, 0) == -half)
print(time.ticks_diff(time.ticks_add(TICKS_MAX, 10), TICKS_MAX))
t0 = time.ticks_us()
s = 0
for i in range(1000):
    s += i
t1 = time.ticks_us()
print("us elapsed non-negative:", time.ticks_diff(t1, t0) >= 0)
m0 = time.ticks_ms()
m1 = time.ticks_ms()
print("ms elapsed non-negative:", time.ticks_diff(m1, m0) >= 0)
print("us in range:", 0 <= time.ticks_us() <= TICKS_MAX)
