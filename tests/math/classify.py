# isfinite, isinf and isnan accept any real number.
import math

inf = float("inf")
nan = float("nan")
for x in [0, 1, -1, True, 0.0, -0.0, 1e308, 5e-324, inf, -inf, nan, -nan, 10**300]:
    print(repr(x) if not isinstance(x, int) or abs(x) < 10**10 else "big", math.isfinite(x), math.isinf(x), math.isnan(x))
try:
    math.isfinite(10**400)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.isnan("nan")
except TypeError as e:
    print("TypeError", e)
try:
    math.isinf(1j)
except TypeError as e:
    print("TypeError", e)
