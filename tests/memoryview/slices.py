# slicing makes views of the same exporter; slice assignment needs equal
# structure
from array import array

b = bytearray(range(10))
m = memoryview(b)
print(list(m[2:5]), list(m[-3:]), list(m[5:2]), len(m[:]), list(m[:0]))
inner = m[2:8][1:3]
print(list(inner))
m[0:3] = b'\xff\xfe\xfd'
print(b)
m[1:] = m[:-1]
print(b)
m[:-1] = m[1:]
print(b)
a = array('i', [0] * 4)
av = memoryview(a)
av[1:3] = memoryview(array('i', [7, 8]))
print(a)
for bad in [lambda: m.__setitem__(slice(0, 2), b'abc'),
            lambda: av.__setitem__(slice(0, 1), b'abcd'),
            lambda: m.__setitem__(slice(0, 1), [1]),
            lambda: memoryview(b'ab').__setitem__(slice(0, 1), b'x'),
            lambda: m[20], lambda: m['x']]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
