# math functions take user objects through __float__ and __index__.
import math


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 12


class Both:
    def __float__(self):
        return 0.5

    def __index__(self):
        return 7


print(math.sqrt(F()), math.exp(F()) == math.exp(2.25), math.isfinite(F()), math.copysign(F(), -1))
print(math.sqrt(I()), math.log2(I()) == math.log2(12), math.gcd(I(), 18), math.factorial(I()) == math.factorial(12))
print(math.sqrt(Both()), math.isqrt(Both()), math.comb(Both(), 2))
try:
    math.ldexp(1.0, I())
except TypeError as e:
    print("TypeError", e)
print(math.fsum([F(), I(), 1]), math.hypot(F(), F()) == math.hypot(2.25, 2.25))


class Bad:
    def __float__(self):
        return "no"


for call in [lambda: math.sqrt(Bad()), lambda: float(Bad()), lambda: "%f" % Bad(), lambda: complex(Bad())]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
try:
    math.gcd(F())
except TypeError as e:
    print("TypeError", e)


class MyInt(int):
    pass


class MyFloat(float):
    pass


print(math.sqrt(MyFloat(6.25)), math.factorial(MyInt(5)), math.floor(MyFloat(-0.5)), math.gcd(MyInt(6), MyInt(4)))
