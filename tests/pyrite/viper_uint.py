# uint: an unsigned machine word; conversions to objects are in 0..2**64.


@micropython.viper
def to_uint(x: int) -> uint:
    return uint(x)


@micropython.viper
def ops(x: uint, y: uint):
    return x + y, x - y, x * y, x >> uint(1), x & y, x | y, x ^ y


@micropython.viper
def neg(x: uint) -> uint:
    return -x


@micropython.viper
def inv(x: uint) -> uint:
    return ~x


@micropython.viper
def less(x: uint, y: uint) -> bool:
    return x < y


print(to_uint(-1))
print(to_uint(5))
print(ops(3, 5))
print(ops(-1, 1))
print(neg(1), inv(0))
print(less(1, -1), less(-1, 1), less(2, 3))
