# Argument checking: counts, types and keywords, with CPython's messages.
import math


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


attempt(math.sqrt)
attempt(math.sqrt, 1, 2)
attempt(math.sqrt, "4")
attempt(math.sqrt, None)
attempt(math.sqrt, x=4)
attempt(math.pow, 1)
attempt(math.pow, 1, 2, 3)
attempt(math.atan2, 1)
attempt(math.log)
attempt(math.log, 1, 2, 3)
attempt(math.log, "e")
attempt(math.ldexp, 1.0, "2")
attempt(math.copysign, 1.0, "x")
attempt(math.floor)
attempt(math.gcd, 1.5)
attempt(math.perm)
attempt(math.perm, 1, 2, 3)
attempt(math.ulp, 1, 2)
attempt(math.prod)
attempt(math.dist, (1,))
attempt(math.dist, 1, 2)
attempt(math.hypot, 3, y=4)
attempt(math.exp, [1])
attempt(math.exp, 2j)
