# cmath's exp, log, log10 and sqrt on finite values, rounded to 12
# digits; exact results by repr.
import cmath


def show(z):
    return "(%.12g, %.12g)" % (z.real, z.imag)


values = [1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -2 + 3j, 3 - 4j, 1e-310 + 1e-310j, 1e300 + 1e300j, -1e300 - 1e300j, 0.9 + 0.4j]
for z in values:
    print(z, show(cmath.exp(z / 10)) if abs(z) < 100 else '-', show(cmath.log(z)), show(cmath.log10(z)), show(cmath.sqrt(z)))
print(cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(-1), cmath.sqrt(0j), cmath.sqrt(complex(-0.0, -0.0)), cmath.sqrt(3 + 4j))
print(cmath.exp(0j), cmath.exp(complex(0.0, -0.0)), cmath.log(1), cmath.log(-1), cmath.log(1j), cmath.log10(100))
print(show(cmath.log(8, 2)), show(cmath.log(1j, 1j)), show(cmath.log(-8, -2)), show(cmath.log(10**300)))
print(show(cmath.exp(700 + 1j)), show(cmath.exp(709.5 + 0.5j)))
