# math.pow, fmod and remainder, with IEEE special values and CPython's
# errors.
import math

inf = float("inf")
nan = float("nan")
pairs = [(2.0, 10.0), (2.0, -1.0), (-2.0, 3.0), (-8.0, 1.0 / 3), (0.0, 0.0), (0.0, 1.0), (0.0, -1.0),
         (-0.0, -1.0), (0.0, -inf), (1.0, nan), (nan, 0.0), (1e300, 2.0), (10.0, -400.0), (-1.0, inf),
         (0.5, -inf), (2.0, inf), (inf, -1.0), (-inf, 3.0), (-inf, 2.0), (4, 0.5)]
for x, y in pairs:
    try:
        r = repr(math.pow(x, y))
    except (ValueError, OverflowError) as e:
        r = "%s: %s" % (type(e).__name__, e)
    print("pow", x, y, r)
for x, y in [(5.0, 3.0), (-5.0, 3.0), (5.0, -3.0), (5.5, 2.0), (1.0, inf), (-0.0, 1.0), (inf, 1.0), (1.0, 0.0), (nan, 1.0), (3, 2)]:
    try:
        r = repr(math.fmod(x, y))
    except ValueError as e:
        r = "ValueError: %s" % e
    print("fmod", x, y, r)
for x, y in [(5.0, 3.0), (7.0, 2.0), (5.0, 2.0), (-5.0, 2.0), (1.0, inf), (inf, 1.0), (1.0, 0.0), (6, 4)]:
    try:
        r = repr(math.remainder(x, y))
    except ValueError as e:
        r = "ValueError: %s" % e
    print("remainder", x, y, r)
