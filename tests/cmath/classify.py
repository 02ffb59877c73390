# cmath.isfinite/isinf/isnan/isclose and the constants.
import cmath
import math

inf = float("inf")
nan = float("nan")
for z in [0j, 1 + 1j, complex(inf, 0), complex(0, -inf), complex(nan, 0), complex(inf, nan), 5, 2.5, True]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isclose(complex(inf, 1), complex(inf, 1)), cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(1, 1 + 0j))
print(cmath.isclose(1 + 1j, 1.1 + 1j, rel_tol=0.1), cmath.isclose(complex(nan, 0), complex(nan, 0)))
try:
    cmath.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
print(repr(cmath.pi), repr(cmath.e), repr(cmath.tau), cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.pi == math.pi, type(cmath.infj).__name__, math.copysign(1.0, cmath.nanj.imag), cmath.infj.real)
print(sorted(name for name in dir(cmath) if not name.startswith("_")))
