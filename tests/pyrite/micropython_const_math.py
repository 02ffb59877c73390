# const() folds math's constants (math.pi, math.e, math.tau, math.inf,
# math.nan) and expressions over them and over earlier constants.
import math
from micropython import const

TWO_PI = const(2.0 * math.pi)
HALF_TAU = const(math.tau / 2)
E_SQUARED = const(math.e**2)
BIG = const(-math.inf)
SCALE = const(TWO_PI * 3)
print(TWO_PI == 2 * math.pi, HALF_TAU == math.pi, E_SQUARED == math.e * math.e)
print(BIG, SCALE == 6 * math.pi, math.cos(TWO_PI))
NOT_A_NUMBER = const(math.nan + 1)
print(NOT_A_NUMBER != NOT_A_NUMBER)


def use():
    return TWO_PI / 2


print(use() == math.pi)

# Only the constants fold: a function of math, or another module's
# attribute, is not a constant.
for source in ("X = const(math.sqrt(2))", "X = const(math.pie)", "X = const(sys.maxsize)"):
    try:
        exec(source)
        print("folded?", source)
    except SyntaxError as error:
        print("SyntaxError", error.args[0])
