# Which inputs raise ValueError ("math domain error") and which
# OverflowError ("math range error"), function by function.
import math

inf = float("inf")
nan = float("nan")
cases = [
    ("sqrt", (-1.0, -inf, -0.0, inf)),
    ("log", (0.0, -1.0, -inf, inf)),
    ("log1p", (-1.0, -2.0, inf)),
    ("log2", (0.0, -2.0)),
    ("log10", (0.0, -0.5)),
    ("exp", (709.0, 710.0, -inf, inf)),
    ("expm1", (710.0, -inf)),
    ("sin", (inf, -inf, 1e300)),
    ("cos", (inf,)),
    ("tan", (inf,)),
    ("asin", (1.0000001, -2.0, inf)),
    ("acos", (2.0, -inf)),
    ("sinh", (711.0, -711.0, inf)),
    ("cosh", (711.0, -inf)),
    ("acosh", (0.999, -1.0, inf)),
    ("atanh", (1.0, -1.0, 1.5, inf)),
    ("gamma", (0.0, -0.0, -1.0, -2.0, 172.0, -inf, inf, -1.5)),
    ("lgamma", (0.0, -1.0, -inf, inf, 1e306, 1.0, 2.0)),
    ("erf", (inf, -inf)),
    ("erfc", (inf, -inf)),
]
for name, values in cases:
    f = getattr(math, name)
    for x in values:
        try:
            r = "%.6g" % f(x)
        except (ValueError, OverflowError) as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(name, x, r)
print(math.isnan(math.sqrt(nan)), math.isnan(math.sin(nan)), math.isnan(math.gamma(nan)))
