# Tuple assignment between plain locals keeps each value's type; other
# unpacking stores objects (and through a pointer, ints).


@micropython.viper
def swap(a: int, b: int) -> int:
    a, b = b, a + 1
    return a * 100 + b


@micropython.viper
def unpack(pair) -> int:
    x, y = pair
    return int(x) + int(y)


@micropython.viper
def store(p: ptr8, pair):
    p[0], p[1] = pair


print(swap(1, 2))
print(unpack((20, 22)))
buf = bytearray(2)
store(buf, (7, 300))
print(buf)
try:
    store(buf, ("a", 1))
except TypeError as e:
    print("TypeError", e)
