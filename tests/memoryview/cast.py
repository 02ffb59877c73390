# cast() between byte formats and other formats
from array import array

m = memoryview(bytearray(8))
i = m.cast('i')
i[1] = -1
print(i.format, len(i), i.tolist(), bytes(m))
h = memoryview(array('h', [1, 2, 3])).cast('B')
print(h.format, len(h), h.tolist())
print(memoryview(b'abc').cast('c').tolist())
for bad in [lambda: m.cast('q').cast('i'), lambda: memoryview(b'abc').cast('h'),
            lambda: m.cast('z'), lambda: m.cast(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
