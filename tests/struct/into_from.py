# pack_into / unpack_from with offsets (negative from the end)
import struct
from array import array

buf = bytearray(b'>>>123<<<')
struct.pack_into('<bbb', buf, 3, 0x41, 0x42, 0x43)
print(buf)
struct.pack_into('<bbb', buf, -6, 0x44, 0x45, 0x46)
print(buf)
struct.pack_into('<H', buf, 0, 0x6162)
print(buf)
for bad in [lambda: struct.pack_into('I', bytearray(1), 0, 0),
            lambda: struct.pack_into('<bbb', buf, 7, 1, 2, 3),
            lambda: struct.pack_into('<bbb', buf, -10, 1, 2, 3)]:
    try:
        bad()
    except struct.error as e:
        print('error', e)
data = b'0123456789'
print(struct.unpack_from('<b', data, 4), struct.unpack_from('<b', data, -4), struct.unpack_from('<h', data))
print(struct.unpack_from('<2s', data, offset=8), struct.unpack_from('<b', buffer=data))
for bad in [lambda: struct.unpack_from('<b', data, 10), lambda: struct.unpack_from('<b', data, -11)]:
    try:
        bad()
    except struct.error as e:
        print('error', e)
a = array('H', [0, 0])
struct.pack_into('<H', a, 2, 0xbeef)
print(a, hex(a[1]))
m = memoryview(bytearray(4))
struct.pack_into('>I', m, 0, 0x01020304)
print(m.tobytes(), struct.unpack('>I', m), struct.unpack('<HH', array('H', [1, 2])))
