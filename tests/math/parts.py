# modf, frexp and ldexp split and rebuild floats exactly.
import math

inf = float("inf")
for x in [0.0, -0.0, 1.0, -2.5, 3.75, 1e300, 5e-324, 2.0**-1074 * 3, inf, -inf, 7, -(2**60)]:
    print(repr(x), math.modf(x), math.frexp(x))
m, e = math.modf(float("nan"))
print(math.isnan(m), math.isnan(e))
m, e = math.frexp(float("nan"))
print(math.isnan(m), e)
for x, i in [(1.0, 10), (0.5, -1074), (0.75, 1024), (1.0, -1075), (-3.0, 2), (0.0, 10**30), (1.0, -(10**30)), (-1.0, -(10**30)), (inf, -5), (1, 3), (5e-324, 1074)]:
    try:
        print("ldexp", x, i if abs(i) < 10**6 else "big", repr(math.ldexp(x, i)))
    except OverflowError as e:
        print("ldexp", x, i, "OverflowError", e)
for x, i in [(1.0, 2**1000), (1.0, 1024)]:
    try:
        math.ldexp(x, i)
    except OverflowError as e:
        print("OverflowError", e)
try:
    math.ldexp(1.0, 1.5)
except TypeError as e:
    print("TypeError", e)
# frexp then ldexp is the identity.
for x in [0.1, -123.456, 1e-310, 1.7976931348623157e308]:
    print(math.ldexp(*math.frexp(x)) == x)
