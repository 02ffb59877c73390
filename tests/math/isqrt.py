# math.isqrt: the floor of the exact square root, any size.
import math

for n in list(range(0, 20)) + [99, 100, 101, 2**52, 2**53 + 1, 2**64 - 1, 2**64, 10**30, 10**31]:
    print(n, math.isqrt(n))
for n in [2**200 - 1, 2**200, 3**300]:
    r = math.isqrt(n)
    print(r * r <= n < (r + 1) * (r + 1), r.bit_length())
print(math.isqrt(True))
for bad in [-1, -(10**40)]:
    try:
        math.isqrt(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [4.0, "4"]:
    try:
        math.isqrt(bad)
    except TypeError as e:
        print("TypeError", e)
