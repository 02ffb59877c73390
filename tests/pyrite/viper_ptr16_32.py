# ptr16 and ptr32 read and write little-endian elements.


@micropython.viper
def get16(p: ptr16, i: int) -> int:
    return p[i]


@micropython.viper
def get32(p: ptr32, i: int) -> uint:
    return uint(p[i])


@micropython.viper
def set16(p: ptr16, i: int, v: int):
    p[i] = v


@micropython.viper
def set32(p: ptr32, i: int, v: int):
    p[i] = v


b = bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x08")
print(hex(get16(b, 0)), hex(get16(b, 3)))
print(hex(get32(b, 0)), hex(get32(b, 1)))
set16(b, 1, 0xABCD)
print(b)
set32(b, 1, -1)
print(b)
set32(b, 0, 0x1122334455)
print(b)
