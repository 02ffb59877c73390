# out-of-range items raise OverflowError with CPython's message, and
# leave the array unchanged
from array import array

cases = [('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 40000), ('H', -1),
         ('i', 2**31), ('i', -2**31 - 1), ('I', -1), ('I', 2**32), ('l', 2**63),
         ('L', -1), ('q', 2**63), ('Q', -1), ('Q', 2**64), ('b', 2**70), ('I', -2**70)]
for code, value in cases:
    try:
        array(code, [value])
        print(code, value, 'accepted')
    except OverflowError as e:
        print(code, value, e)

a = array('h', [1, 2, 3])
try:
    a.extend([4, 5, 100000])
except OverflowError as e:
    print(e)
print(a)
try:
    a[0] = 1 << 20
except OverflowError as e:
    print(e)
print(a)
for code, value in [('b', 'x'), ('b', 1.5), ('d', 'x'), ('f', None)]:
    try:
        array(code, [value])
    except TypeError as e:
        print(code, e)
print(array('B', [True, False]), array('d', [1, True]))
