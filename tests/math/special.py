# erf, erfc, gamma and lgamma, to 10 and 13 significant digits (exp, pow
# and log may differ in the last bit between C libraries).
import math

for x in [-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.5, 6.0, 30.0]:
    print(x, "%.10g %.10g" % (math.erf(x), math.erfc(x)))
for x in [0.001, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 20.5, 170.0, -0.5, -1.5, -2.5]:
    print(x, "%.13g %.13g" % (math.gamma(x), math.lgamma(x)))
for n in range(1, 15):
    print(n, math.gamma(n) == math.factorial(n - 1))
print(repr(math.lgamma(1.0)), repr(math.lgamma(2.0)), repr(math.erf(0.0)), repr(math.erf(-0.0)), repr(math.erfc(0.0)))
print("%.13g %.13g %.13g %.13g %.13g" % (math.lgamma(1e300), math.lgamma(-1e10 - 0.5), math.gamma(-0.5), math.gamma(1e-30), math.gamma(-250.5)))
print(math.erf(float("inf")), math.erfc(float("-inf")), math.gamma(float("inf")), math.lgamma(float("-inf")))
