# gcd and lcm of any number of ints of any size.
import math

print(math.gcd(), math.lcm())
print(math.gcd(12), math.gcd(-12), math.lcm(-12), math.gcd(0), math.lcm(0))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(0, 5), math.gcd(0, 0))
print(math.gcd(12, 18, 27), math.gcd(2**100, 2**60 * 3), math.gcd(10**30, 10**20 + 10**10))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3**40))
print(math.gcd(True, 4), math.lcm(True, 4))
for bad in [(1.0, 2), (2, "3"), (None,)]:
    for f in (math.gcd, math.lcm):
        try:
            f(*bad)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
