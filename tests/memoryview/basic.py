# memoryview over bytes, bytearray and array: reading, len, list
from array import array

m = memoryview(b'abc')
print(len(m), m[0], m[-1], list(m), m.tobytes(), m.tolist())
print(m.format, m.itemsize, m.readonly, m.nbytes, m.ndim, m.shape, m.strides)
b = bytearray(b'xyz')
m = memoryview(b)
print(m.readonly, m.obj is b, bytes(m))
a = array('i', [1, -2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m[1], len(m))
print(memoryview(array('d', [0.5])).tolist(), memoryview(array('Q', [2**64 - 1]))[0])
print(memoryview(b'\x01\x02').hex(), memoryview(memoryview(b'ab')).tobytes())
print(bool(memoryview(b'')), bool(memoryview(b'a')))
print(type(m).__name__, isinstance(m, memoryview))
