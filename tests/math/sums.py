# fsum is exactly rounded; prod multiplies anything; hypot and dist are
# n-dimensional norms.
import math

inf = float("inf")
nan = float("nan")
print(repr(math.fsum([0.1] * 10)), repr(sum([0.1] * 10)))
print(repr(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])))
print(repr(math.fsum([])), repr(math.fsum(range(10))), repr(math.fsum(x / 10 for x in range(1, 11))))
print(repr(math.fsum([2.0**53, 1.0, 2.0**-53])), repr(math.fsum([1.0, 1e-16, 1e-16])))
print(repr(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0])))
print(math.fsum([inf, 1.0]), math.fsum([-inf, -inf]), math.isnan(math.fsum([nan, 1.0])))
for bad in [[1e308, 1e308], [inf, -inf]]:
    try:
        math.fsum(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    math.fsum([1, "2"])
except TypeError as e:
    print("TypeError", e)
try:
    math.fsum(5)
except TypeError as e:
    print("TypeError", e)

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod(range(1, 26)))
print(math.prod([[1], 3]), math.prod(["ab"], start=2), math.prod(iter([2, 2, 2])), math.prod([1j, 1j]))
try:
    math.prod([1, "a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    math.prod(1)
except TypeError as e:
    print("TypeError", e)

print(repr(math.hypot()), repr(math.hypot(-3)), repr(math.hypot(3, 4)), repr(math.hypot(3, 4, 12)), repr(math.hypot(1e200, 1e200)))
print(repr(math.hypot(1e-200, 1e-200)), repr(math.hypot(inf, nan)), math.isnan(math.hypot(nan, 1)), repr(math.hypot(5, 12.0)))
print(repr(math.hypot(*[1.0] * 100)), repr(math.hypot(0.0, -0.0)), repr(math.hypot(1.5e308, 1.5e308)))
print(repr(math.dist((0, 0), (3, 4))), repr(math.dist([1, 2, 3], [4, 6, 15])), repr(math.dist((), ())), repr(math.dist((1.5,), (-1.5,))))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print("ValueError", e)
try:
    math.hypot("3")
except TypeError as e:
    print("TypeError", e)
