# ptr8 loads and stores of a bytearray; a bytes object can be read through
# a pointer but not written (it is immutable).


@micropython.viper
def fill(dest: ptr8, n: int, v: int):
    for i in range(n):
        dest[i] = v + i


@micropython.viper
def total(src: ptr8, n: int) -> int:
    s = 0
    for i in range(n):
        s += src[i]
    return s


@micropython.viper
def poke(dest: ptr8, i: int, v: int):
    dest[i] = v


buf = bytearray(5)
fill(buf, 5, 65)
print(buf)
print(total(buf, 5), total(b"\x01\x02\xff", 3))
poke(buf, 0, 0x1FF)
print(buf[0])
try:
    poke(b"abc", 0, 1)
except TypeError as e:
    print("TypeError", e)


@micropython.viper
def swap(p: ptr8):
    p[0], p[1] = p[1], p[0]


pair = bytearray(b"xy")
swap(pair)
print(pair)
