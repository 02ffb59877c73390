# The constants of math, exact to the last bit.
import math

print(repr(math.pi), repr(math.e), repr(math.tau), math.inf, math.nan)
print(math.pi.hex(), math.e.hex(), math.tau.hex())
print(math.tau == 2 * math.pi, math.inf == float("inf"), -math.inf < -1e308, math.isnan(math.nan))
print(math.copysign(1.0, math.nan), type(math.pi).__name__, math.nan != math.nan)
print(sorted(name for name in dir(math) if not name.startswith("_")))
