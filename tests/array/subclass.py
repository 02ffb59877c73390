# user subclasses of array.array
from array import array

class Samples(array):
    def total(self):
        return sum(self)

s = Samples('h', [1, 2, 3])
print(s.total(), len(s), s[1], list(s))
s.append(10)
print(s.total(), bytes(s))
print(s == array('h', [1, 2, 3, 10]), isinstance(s, array))
print(array('h', s), memoryview(s).tolist())
