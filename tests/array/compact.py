# arrays store items unboxed: a long array costs about itemsize bytes each
from array import array

a = array('h', range(1000))
print(len(a), len(a.tobytes()), a[999], sum(a))
big = array('d', [0.0]) * 10000
print(len(big), len(bytes(big)))
b = array('B')
for i in range(3000):
    b.append(i % 256)
print(len(b), b[-1], b[2999 - 256])
