# a view sees later writes to its exporter, and writes through to it
from array import array

b = bytearray(b'hello')
m = memoryview(b)
b[0] = ord('J')
print(bytes(m))
m[4] = ord('y')
print(b)
s = m[1:4]
s[0] = ord('E')
print(b, bytes(s), len(s))
a = array('h', [1, 2, 3])
v = memoryview(a)
a[2] = 30
print(v.tolist())
v[0] = -5
print(a)
w = v[1:]
w[1] = 300
print(a, w.tolist())
