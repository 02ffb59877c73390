# cmath errors: domain errors at poles and for undefined limits, range
# errors on overflow, TypeErrors for non-numbers.
import cmath

inf = float("inf")
cases = [
    ("log", 0j), ("log", complex(-0.0, 0.0)), ("log10", 0j), ("atanh", 1 + 0j), ("atanh", -1 + 0j),
    ("exp", 710 + 0j), ("exp", 710 + 1j), ("exp", complex(0, inf)), ("cosh", 711 + 0j), ("sinh", -711 + 1j),
    ("sin", complex(inf, 0)), ("cos", complex(1, 711)), ("tan", complex(inf, 1)), ("sqrt", complex(1e308, 1e308)),
]
for name, z in cases:
    try:
        print(name, z, getattr(cmath, name)(z))
    except (ValueError, OverflowError) as e:
        print(name, z, type(e).__name__, e)
try:
    cmath.log(1, 1)
except ValueError as e:
    print("log base 1: ValueError", e)
try:
    cmath.log(1, 0)
except ValueError as e:
    print("log base 0: ValueError", e)
for bad in ["1", [], None]:
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print("TypeError", e)
for call in [lambda: cmath.sqrt(), lambda: cmath.exp(1, 2), lambda: cmath.log(), lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
