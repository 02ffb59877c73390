# Typed arguments are converted on entry: ints truncated to the word,
# other objects raise TypeError.


@micropython.viper
def ints(a: int, b: uint, c: bool, d):
    return a, b, c, d


print(ints(1, 2, 3, 4))
print(ints(-1, -1, 0, None))
print(ints(True, False, [], "d"))
print(ints(b=1, a=2, c=1, d=0))
try:
    ints("x", 1, 1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    ints(1, 2.5, 1, 1)
except TypeError as e:
    print("TypeError", e)


@micropython.viper
def star(*args, **kwargs):
    return args, sorted(kwargs)


print(star(1, 2, x=3))
