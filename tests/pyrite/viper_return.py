# Return annotations convert results; None and falling off the end give 0
# (False for bool) when the result is a word.


@micropython.viper
def none_int() -> int:
    return None


@micropython.viper
def falls_off() -> int:
    pass


@micropython.viper
def falls_off_bool() -> bool:
    x = 1


@micropython.viper
def falls_off_object():
    pass


@micropython.viper
def neg_uint(x: int) -> uint:
    return uint(x)


@micropython.viper
def early(x: int) -> int:
    try:
        if x:
            return x * 3
    finally:
        print("finally")
    return -1


print(none_int(), falls_off(), falls_off_bool(), falls_off_object())
print(neg_uint(-2))
print(early(2), early(0))
