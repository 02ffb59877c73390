# complex(): only a complex argument mixes into the other part (so signs
# of zero survive), and __complex__ / __float__ are honoured.
print(complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), complex(-0.0), complex(imag=-0.0))
print(complex(1 + 2j, 3 + 4j), complex(1 + 2j), complex(1, 2j), complex(2j), complex(2j, 0.0), complex(real=1.5), complex(imag=2))
print(complex(1 + 2j, -0.0), complex(complex(1.0, -0.0)), complex(True, False))


class C:
    def __complex__(self):
        return 10 + 1j


class F:
    def __float__(self):
        return 2.5


class Both:
    def __complex__(self):
        return 1j

    def __float__(self):
        return 3.0


print(complex(C()), complex(F()), complex(Both()), complex(F(), F()), complex(1, F()))


class NotComplex:
    def __complex__(self):
        return 6


class StrComplex:
    def __complex__(self):
        return "a"


for bad in [NotComplex(), StrComplex()]:
    try:
        complex(bad)
    except TypeError as e:
        print("TypeError", e)


class Plain:
    pass


try:
    complex(Plain())
except TypeError:
    print("TypeError")
