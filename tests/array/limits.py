# the extreme values of each typecode round-trip
from array import array

for code, low, high in [('b', -128, 127), ('B', 0, 255), ('h', -32768, 32767),
                        ('H', 0, 65535), ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1),
                        ('q', -2**63, 2**63 - 1), ('Q', 0, 2**64 - 1)]:
    a = array(code, [low, high, 0])
    print(code, a.itemsize, a.tolist(), a[0] == low, a[1] == high)
print(array('l', [-2**31, 2**31 - 1]).tolist())
print(array('L', [0, 2**32 - 1]).tolist())
