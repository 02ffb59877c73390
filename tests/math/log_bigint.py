# Logarithms of ints too large for a float are computed from the int's
# bits, as CPython does.
import math

print("%.12g" % math.log(10**1000))
print(repr(math.log2(2**5000)), repr(math.log10(10**400)))
print("%.12g" % math.log(3**2000, 3))
print("%.12g" % math.log(2**1100 + 1))
print("%.12g" % math.log10(7**1000))
print(repr(math.log2(2**64)), repr(math.log2(2**1023)))
for bad in (0, -1, -(10**500)):
    for f in (math.log, math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, bad if abs(bad) < 10 else "big", "ValueError", e)
try:
    math.exp(10**400)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.sqrt(10**400)
except OverflowError as e:
    print("OverflowError", e)
print(repr(math.sqrt(10**300)))
