# `for i in range(...)` with small-int bounds counts in registers on the
# tagged words; steps that would leave the small-int range (2**62 on
# 64-bit hosts, 2**30 on 32-bit targets) end the loop at the stop instead.
for limit in (2 ** 30, 2 ** 62):
    hi = limit - 1
    lo = -limit
    print([i - hi for i in range(hi - 5, hi, 3)])
    print([i - hi for i in range(hi - 7, hi, 2)])
    print([i - lo for i in range(lo + 5, lo, -3)])
    print([i - lo for i in range(lo + 7, lo, -2)])
    print([i - lo for i in range(lo, lo + 1)], [i - hi for i in range(hi, hi - 1, -1)])
    print(len([0 for i in range(lo, hi, limit // 2)]), len([0 for i in range(hi, lo, -(limit // 2))]))
    n = 0
    for i in range(hi - 2, hi):
        n += 1
    print(n, i - hi)
    for i in range(lo + 2, lo, -1):
        n += 1
    print(n, i - lo)
for args in ((5,), (2, 9), (9, 2), (9, 2, -3), (0, 10, 4), (-3, 3), (3, -3, -1), (0,), (1, 1)):
    print(args, [i for i in range(*args)])
