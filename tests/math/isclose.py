# math.isclose: relative and absolute tolerances, infinities, NaN, and
# its keyword-only arguments.
import math

inf = float("inf")
nan = float("nan")
cases = [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10), (1e10, 1e10 + 1), (inf, inf), (inf, -inf),
         (inf, 1e308), (nan, nan), (1, 1), (-0.0, 0.0), (10**20, 10**20 + 1)]
for a, b in cases:
    print(a, b, math.isclose(a, b))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(1.0, 1.1, rel_tol=0.05))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(1, 2, abs_tol=1), math.isclose(1, 2, rel_tol=0, abs_tol=0.999))
for kwargs in [{"rel_tol": -1}, {"abs_tol": -0.1}]:
    try:
        math.isclose(1, 1, **kwargs)
    except ValueError as e:
        print("ValueError", e)
try:
    math.isclose(1, 1, 0.1)
except TypeError as e:
    print("TypeError", e)
try:
    math.isclose(1)
except TypeError as e:
    print("TypeError", e)
try:
    math.isclose(1, "2")
except TypeError as e:
    print("TypeError", e)
