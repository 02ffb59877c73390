# viper int is a signed 64-bit machine word (on this 64-bit host): +, -, *
# and << wrap modulo 2**64.


@micropython.viper
def mul(x: int, y: int) -> int:
    return x * y


@micropython.viper
def add(x: int, y: int) -> int:
    return x + y


@micropython.viper
def shl(x: int, n: int) -> int:
    return x << n


big = 0x7FFFFFFFFFFFFFFF
print(add(big, 1))
print(add(-big - 1, -1))
print(mul(1 << 62, 4))
print(mul(3, 1 << 62))
print(shl(1, 63))
print(shl(1, 64))
print(shl(-1, 70))
# Arguments are truncated to the word first.
print(add(2**64 + 5, 0))
print(add(-(2**64) - 5, 0))
print(mul(10**20, 1))
