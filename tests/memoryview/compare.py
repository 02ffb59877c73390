# views compare equal to buffers with the same items; no ordering
from array import array

print(memoryview(b'abc') == b'abc', b'abc' == memoryview(b'abc'), memoryview(b'abc') != b'abd')
print(memoryview(b'ab') == bytearray(b'ab'), memoryview(b'ab') == memoryview(b'ab'))
print(memoryview(b'abcdef')[2:4] == b'cd', b'xy' == memoryview(b'abcdef')[2:4])
print(memoryview(array('h', [1, 2])) == array('h', [1, 2]))
print(memoryview(array('h', [1, 2])) == array('i', [1, 2]))
print(memoryview(array('h', [1])) == b'\x01\x00', memoryview(b'a') == 'a', memoryview(b'a') == 97)
try:
    memoryview(b'a') < memoryview(b'b')
except TypeError as e:
    print('TypeError', e)
print(hash(memoryview(b'abc')) == hash(b'abc'))
try:
    hash(memoryview(bytearray(1)))
except ValueError as e:
    print('ValueError', e)
