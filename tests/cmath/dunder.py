# cmath takes objects with __complex__, __float__ or __index__.
import cmath


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return -4.0


class I:
    def __index__(self):
        return 9


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.phase(C()) == cmath.phase(3 + 4j))
print(cmath.polar(F()), cmath.isfinite(C()), cmath.rect(I(), 0))


class NotComplex:
    def __complex__(self):
        return 5


try:
    cmath.exp(NotComplex())
except TypeError as e:
    print("TypeError", e)


class MyComplex(complex):
    pass


print(cmath.sqrt(MyComplex(-9)), cmath.log(MyComplex(1)))
