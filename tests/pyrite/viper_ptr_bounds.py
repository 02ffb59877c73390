# Pyrite checks every pointer access against the buffer it came from
# (MicroPython reads and writes raw memory): outside it is an IndexError.


@micropython.viper
def get(p: ptr8, i: int) -> int:
    return p[i]


@micropython.viper
def get32(p: ptr32, i: int) -> int:
    return p[i]


@micropython.viper
def put(p: ptr16, i: int, v: int):
    p[i] = v


buf = bytearray(b"abcdef")
for i in (0, 5, 6, -1, 1 << 40):
    try:
        print(i, get(buf, i))
    except IndexError as e:
        print(i, "IndexError:", e)

# A 4-byte element must lie wholly inside the buffer.
try:
    get32(buf, 1)
except IndexError:
    print("ptr32 straddling the end: IndexError")
print(hex(get32(buf, 0)))

try:
    put(buf, 3, 1)
except IndexError:
    print("ptr16 store past the end: IndexError")
put(buf, 2, 0x4847)
print(buf)

# An int that is no buffer's address reaches nothing.
for address in (0, 1, 12345):
    try:
        get(address, 0)
    except IndexError:
        print("address", address, "IndexError")

# An empty bytearray has an address but no bytes.
try:
    get(bytearray(), 0)
except IndexError:
    print("empty: IndexError")
