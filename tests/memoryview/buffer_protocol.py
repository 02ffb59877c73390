# everything that takes bytes takes any buffer
from array import array

a = array('B', b'hi!')
m = memoryview(b'12')
print(bytes(a), bytearray(m), b'-' + a, b'-' + m, bytearray(b'x') + m)
print(str(a, 'utf-8'), str(m, 'ascii'), int(m), int(bytearray(b'7')), float(memoryview(b'2.5')))
print(b'.'.join([a, m, b'z']), bytearray(b'+').join([m, m]))
ba = bytearray()
ba.extend(a)
ba.extend(m)
ba += array('B', [33])
print(ba)
print(int.from_bytes(memoryview(b'\x01\x02'), 'big'), int.from_bytes(array('B', [1, 0]), 'little'))
print(m in b'x12y', a in b'hi!', b'hello'.startswith(memoryview(b'he')), b'abc'.find(array('B', b'c')))
print(b'abc' == array('B', b'abc'), b'abc' == memoryview(b'abc'))
try:
    str(5, 'utf-8')
except TypeError as e:
    print('TypeError', e)
try:
    b'' + 5
except TypeError as e:
    print('TypeError', e)
for bad in [lambda: memoryview(b'') + b'', lambda: memoryview(5), lambda: array('b') + b'']:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
for bad in [lambda: bytes([1, 2], 1), lambda: bytes([1], 'utf-8'), lambda: bytearray(b'x', 'ascii')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
