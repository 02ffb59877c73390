# cmath trigonometric and hyperbolic functions and their inverses, on
# finite values, rounded to 12 digits.
import cmath

names = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
values = [0.5 + 0.5j, -2 + 3j, 3 - 4j, 0.5j, -1.5 + 0j, 2 + 0j, 0.25 - 0.75j, 1e-20 + 1e-20j]
for name in names:
    f = getattr(cmath, name)
    for z in values:
        r = f(z)
        print(name, z, "(%.12g, %.12g)" % (r.real, r.imag))
# Signs of zero on the branch cuts are part of the result.
print(cmath.asin(2), cmath.asin(complex(2, -0.0)), cmath.acos(2), cmath.acos(complex(2, -0.0)))
print(cmath.atanh(2), cmath.atanh(complex(2, -0.0)), cmath.acosh(0), cmath.asinh(2j))
print(cmath.sin(0j), cmath.cos(0j), cmath.tan(complex(-0.0, 0.0)), cmath.sinh(complex(0.0, -0.0)), cmath.tanh(0j))
print("%.12g" % cmath.tanh(1000 + 1j).real, cmath.tanh(-1000 + 2j).real)
try:
    cmath.atan(1j)
except ValueError as e:
    print("atan(1j): ValueError", e)
