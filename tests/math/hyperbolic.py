# Hyperbolic functions and their inverses, rounded to 12 digits.
import math

for x in [0.0, 0.5, 1.0, -2.0, 20.0, 700.0]:
    print(x, "%.12g %.12g %.12g" % (math.sinh(x), math.cosh(x), math.tanh(x)))
for x in [0.0, 0.5, -3.0, 1e10, 1e300]:
    print(x, "%.12g" % math.asinh(x))
for x in [1.0, 1.5, 10.0, 1e300]:
    print(x, "%.12g" % math.acosh(x))
for x in [0.0, 0.5, -0.9, 0.999999]:
    print(x, "%.12g" % math.atanh(x))
print(repr(math.tanh(1000.0)), repr(math.tanh(-1000.0)), repr(math.sinh(-0.0)), repr(math.atanh(-0.0)))
print(math.sinh(float("inf")), math.cosh(float("-inf")), math.tanh(float("inf")), math.asinh(float("-inf")))
