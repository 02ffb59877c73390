# +, +=, *, *=, in, comparisons
from array import array

a = array('h', [1, 2])
b = array('h', [3])
print(a + b, a * 2, 2 * a, a * 0, a * -1)
c = a
c += b
print(a, c is a)
c *= 2
print(a)
print(2 in a, 7 in a, 'x' in a, [] in a)
print(array('b', [1, 2]) == array('B', [1, 2]), array('i', [1]) == array('d', [1.0]))
print(array('b', [1, 2]) < array('b', [1, 3]), array('b', [1, 2]) <= array('b', [1]))
print(array('b', [1]) == [1], array('b', [97]) == b'a', b'a' == array('b', [97]))
print(array('d', [float('nan')]) == array('d', [float('nan')]))
for bad in [lambda: a + b'x', lambda: a + array('i', [1]), lambda: a < [1],
            lambda: a + [1], lambda: hash(a)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
