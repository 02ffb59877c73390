# indexing, slices, slice assignment and deletion
from array import array

a = array('b', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[5:2])
try:
    a[10]
except IndexError as e:
    print('IndexError', e)
try:
    a['x']
except TypeError as e:
    print('TypeError', e)
a[1:3] = array('b', [20, 30, 40])
print(a)
a[::2] = array('b', [0] * 6)
print(a)
a[2:2] = array('b', [-1])
print(a)
del a[0]
del a[::2]
print(a)
del a[-1]
print(a)
for bad in [lambda: a.__setitem__(slice(0, 1), [1]),
            lambda: a.__setitem__(slice(0, 1), array('h', [1])),
            lambda: a.__setitem__(slice(None, None, 2), array('b', [1])),
            lambda: a.__setitem__(99, 1)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
