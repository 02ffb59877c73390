# repr, typecode, itemsize and the module's names
import array
from array import array as A

print(repr(A('b')), repr(A('f', [0.5, 2])), str(A('Q', [1])))
print([A(c).itemsize for c in 'bBhHiIqQfd'])
print(A('l').itemsize in (4, 8))
print([A(c).typecode for c in 'bBhHiIlLqQfd'])
print(array.array is array.ArrayType, type(A('b')) is array.array)
print(array.array, A.__name__, A.__module__)
print(sorted(array.typecodes.replace('u', '')))
print(isinstance(A('b'), A))
