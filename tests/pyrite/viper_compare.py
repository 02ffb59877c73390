# Machine-word comparisons give bools; chains stop at the first false one.


@micropython.viper
def between(lo: int, x: int, hi: int) -> bool:
    return lo <= x < hi


@micropython.viper
def all_cmp(x: int, y: int):
    return x < y, x <= y, x == y, x != y, x > y, x >= y


@micropython.viper
def ucmp(x: uint, y: uint):
    return x < y, x > y


print(between(0, 5, 10), between(0, 10, 10), between(3, 1, 10))
print(all_cmp(1, 2))
print(all_cmp(-5, -5))
print(ucmp(-1, 0), ucmp(0, -1))


@micropython.viper
def objects(a, b):
    return a < b, a == b, a is b, a in [b]


print(objects("a", "b"))
