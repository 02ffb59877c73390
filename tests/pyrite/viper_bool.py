# bool in viper: arguments converted by truth, results are True/False.


@micropython.viper
def truth(x: bool) -> bool:
    return x


@micropython.viper
def as_int(x: bool) -> int:
    return int(x)


@micropython.viper
def both(x: int, y: int) -> bool:
    return x > 0 and y > 0


@micropython.viper
def pick(x: int) -> int:
    return 10 if x else 20


print(truth(0), truth(3), truth(""), truth("a"), truth(None), truth([0]))
print(as_int(True), as_int(False))
print(both(1, 2), both(1, -2), both(-1, 2))
print(pick(0), pick(7))
