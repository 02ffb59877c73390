# A pointer converts to its address (an int); an address converts back to a
# pointer into the same buffer, with offsets.


@micropython.viper
def address(p: ptr) -> ptr:
    return p


@micropython.viper
def as_int(p: ptr8) -> int:
    return int(p)


@micropython.viper
def setall(p: ptr8, n: int, v: int):
    for i in range(n):
        p[i] = v


buf = bytearray(b"......")
a = address(buf)
print(type(a).__name__, a > 0, a == as_int(buf))
setall(a + 2, 3, ord("x"))
print(buf)
setall(a, 1, ord("<"))
print(buf)


@micropython.viper
def same(p: ptr8) -> bool:
    q = p
    return int(q) == int(p)


print(same(buf))
