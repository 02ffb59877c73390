# phase, polar and rect.
import cmath

inf = float("inf")
for z in [1, -1, 1j, -1j, 1 + 1j, -1 - 1j, 3 + 4j, 0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-1, -0.0), 2.5, -3]:
    print(repr(z), repr(cmath.phase(z)), cmath.polar(z))
for r, phi in [(0, 0), (1, 0), (-1, 0), (2, cmath.pi / 2), (1, cmath.pi), (3, -0.0), (0, 1), (123.0, -456.0)]:
    z = cmath.rect(r, phi)
    print(r, phi, "(%.12g, %.12g)" % (z.real, z.imag))
print(cmath.rect(1, 0), cmath.rect(-1, 0), cmath.rect(2, -0.0))
print(cmath.polar(complex(inf, 1)), cmath.phase(complex(-inf, -inf)))
try:
    cmath.polar(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError", e)
for z in [1 + 1j, -2 + 3j, 0.5 - 7j]:
    r, phi = cmath.polar(z)
    w = cmath.rect(r, phi)
    print(abs(w - z) < 1e-15)
