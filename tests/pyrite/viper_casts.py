# Casts: int(), uint(), bool(), ptr8() of objects and of other words.


@micropython.viper
def casts(o):
    i = int(o)
    u = uint(i)
    b = bool(i)
    return i, u, b


@micropython.viper
def length(x) -> int:
    return int(len(x)) * 2


@micropython.viper
def from_none() -> int:
    return int(None)


print(casts(-3))
print(casts(0))
print(casts(True))
print(casts(2**64 + 7))
print(length("abc"))
print(from_none())
try:
    casts(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    casts("12")
except TypeError as e:
    print("TypeError", e)
