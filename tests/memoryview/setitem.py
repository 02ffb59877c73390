# item assignment checks the value against the view's format
from array import array

m = memoryview(bytearray(2))
m[0] = 255
m[-1] = 7
print(m.tolist())
for value in [256, -1, 'x', 1.5]:
    try:
        m[0] = value
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    memoryview(b'ab')[0] = 1
except TypeError as e:
    print('TypeError', e)
f = memoryview(array('d', [0.0]))
f[0] = 2
print(f.tolist())
try:
    f[0] = 'x'
except TypeError as e:
    print('TypeError', e)
try:
    del m[0]
except TypeError as e:
    print('TypeError', e)
