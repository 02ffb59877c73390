# Infinite and NaN parts: the values (and errors) CPython's tables give.
import cmath

inf = float("inf")
nan = float("nan")
parts = [0.0, -0.0, 1.0, -2.0, inf, -inf, nan]
names = ["exp", "log", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    row = []
    for x in parts:
        for y in parts:
            if all(p not in (inf, -inf) and p == p for p in (x, y)):
                continue
            try:
                row.append(repr(f(complex(x, y))))
            except ValueError:
                row.append("ValueError")
    print(name, " ".join(row))
