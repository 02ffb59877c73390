# tobytes / frombytes / byteswap and bytes(array)
from array import array

a = array('H', [0x0102, 0x0304])
print(a.tobytes(), bytes(a), bytearray(a))
a.byteswap()
print(a, [hex(x) for x in a])
b = array('h')
b.frombytes(b'\x05\x00\xff\xff')
print(b)
b.frombytes(memoryview(b'\x07\x00'))
print(b)
try:
    b.frombytes(b'\x01')
except ValueError as e:
    print('ValueError', e)
try:
    b.frombytes('xy')
except TypeError as e:
    print('TypeError', e)
f = array('f', [1.5, -2.25])
g = array('f')
g.frombytes(f.tobytes())
print(g, g == f)
d = array('d', [0.1])
print(array('d', bytes(d))[0] == 0.1)
