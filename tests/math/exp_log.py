# exp, log and friends: exact results printed with repr, the others
# rounded to 12 significant digits (libm may differ in the last bit).
import math

for x in [0.0, 1.0, 4.0, 0.25, 1e-300, 2.0**1000]:
    print("sqrt", x, repr(math.sqrt(x)))
print(repr(math.sqrt(-0.0)))
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 10.0, 700.0, -745.0, -1000.0]:
    print("exp", x, "%.12g" % math.exp(x))
for x in [0.0, -0.0, 1e-10, 1.0, -1.0, 50.0]:
    print("expm1", x, "%.12g" % math.expm1(x))
for x in [1.0, 2.0, 0.5, 10.0, 1e300, 5e-324]:
    print("log", x, "%.12g" % math.log(x), "%.12g" % math.log1p(x))
for n in range(-3, 12):
    print("log2", n, repr(math.log2(2.0**n)), "log10", repr(math.log10(10.0**n)))
print(repr(math.exp2(10)), repr(math.exp2(-2)), "%.12g" % math.cbrt(27.0), "%.12g" % math.cbrt(-8.0))
print(repr(math.log(8, 2)), repr(math.log(100, 10)), repr(math.log(1, 5)))
print(math.exp(float("inf")), math.exp(float("-inf")), math.log(float("inf")), math.isnan(math.log(float("nan"))))
