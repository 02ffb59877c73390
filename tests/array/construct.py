# array() from lists, tuples, generators, bytes, other arrays; bad typecodes
from array import array

print(array('b', (1, 2, -3)))
print(array('H', [1, 65535]))
print(array('i', (i * i for i in range(5))))
print(array('h', b'\x01\x00\x02\x00'))
print(array('B', bytearray(b'ab')))
print(array('d', array('h', [1, 2])))
print(array('q', array('b', [-1, 1])))
print(array('f'))
print(array('l', range(3)))
for bad in ['X', 'u8', '', 5]:
    try:
        array(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    array('h', b'abc')
except ValueError as e:
    print('ValueError', e)
try:
    array('b', 'abc')
except TypeError as e:
    print('TypeError', e)
try:
    array('b', 5)
except TypeError as e:
    print('TypeError', e)
