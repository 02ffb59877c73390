# iterating arrays, and arrays of floats
from array import array

a = array('d', [0.5, 1.25, -3.0])
for x in a:
    print(x, end=' ')
print()
print(list(array('I', [1, 2])), tuple(array('b', [-1])), sum(array('B', [255, 255])))
print(sorted(array('h', [3, -1, 2])), max(array('f', [1.5, 0.25])))
it = iter(array('b', [1, 2]))
print(next(it), next(it), next(it, 'done'))
print([x * 2 for x in array('q', [2**40, -2**40])])
print(list(reversed(array('b', [1, 2, 3]))))
print(dict(zip('ab', array('H', [1, 2]))))
