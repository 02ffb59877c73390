# the list-like methods of arrays
from array import array

a = array('i', [5, 1, 4])
a.append(2)
a.insert(0, 9)
a.insert(-1, 7)
a.insert(100, 8)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4)
print(a, a.index(1), a.count(1), a.count(99))
a.extend(array('i', [1, 1]))
print(a, a.count(1), a.index(1, 2))
a.reverse()
print(a)
print(a.tolist(), type(a.tolist()))
a.fromlist([10, 11])
print(a)
for bad in [lambda: a.remove(42), lambda: a.index(42), lambda: array('i').pop(),
            lambda: a.pop(50), lambda: a.fromlist((1,)), lambda: a.extend(array('h', [1]))]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(len(a), bool(a), bool(array('i')))
