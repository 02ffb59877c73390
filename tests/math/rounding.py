# floor, ceil and trunc return ints (of any size); user types are asked
# through __floor__, __ceil__ and __trunc__.
import math

for x in [-1.6, -0.5, -0.0, 0.0, 0.4, 1.5, 2.0, 1e20, -1e25, 2.0**70 + 2.0**20, 5, -7, True, 10**30]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for bad in [float("inf"), float("-inf"), float("nan")]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(f.__name__, bad, type(e).__name__, e)


class Rounded:
    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __trunc__(self):
        return "trunc"


class AsFloat:
    def __float__(self):
        return 2.5


r = Rounded()
print(math.floor(r), math.ceil(r), math.trunc(r))
print(math.floor(AsFloat()), math.ceil(AsFloat()))
try:
    math.trunc(AsFloat())
except TypeError as e:
    print("TypeError", e)
for bad in ["1.5", None, [1]]:
    try:
        math.floor(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    math.trunc("x")
except TypeError as e:
    print("TypeError", e)


class MyFloat(float):
    pass


print(math.floor(MyFloat(3.7)), math.ceil(MyFloat(-3.7)), math.trunc(MyFloat(-3.7)))
