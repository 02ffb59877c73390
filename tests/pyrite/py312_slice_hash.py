# cpython: 3.12 (slices are hashable)
# Slices hash as the tuple of their bounds from Python 3.12: equal slices
# hash equally, work as dict and set keys, and a slice with an unhashable
# bound raises the bound's TypeError.
from collections import OrderedDict

print(hash(slice(1, 2)) == hash(slice(1, 2)), hash(slice(None)) == hash(slice(None, None)))
print(hash(slice(1, 2, 3)) == hash(slice(1, 2, 3)), type(hash(slice("a", 2.5))).__name__)
print(len({slice(1, 2), slice(1, 2), slice(2, 1), slice(None)}))

for bad in (slice([], 1), slice(1, {}), slice(1, 2, set())):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)

# subscripting a dict with a slice looks the slice up as a key
d = {slice(1, 2): "one-two", slice(None, None, -1): "reversed"}
print(d[1:2], d[::-1], d[slice(1, 2)])
try:
    {}[:]
except KeyError as e:
    print("KeyError:", repr(e), repr(e.args[0]))
try:
    d[2:1]
except KeyError as e:
    print("KeyError:", e)

# the keys stored are real slices that outlive the subscript and keep
# their own bounds, however many slice subscripts run afterwards
m = {}
for i in range(4):
    m[i : i + 1] = i
    [0, 1, 2, 3][i:]  # a list slice between the dict ones
print(sorted(k.start for k in m), [m[k] for k in m])
print(list(m)[2], m[2:3])
del m[0:1]
print(list(m))

# OrderedDict and a user mapping get real slices too
o = OrderedDict()
o[1:2] = "a"
o[::2] = "b"
print(o, o[1:2])


class Recorder:
    def __init__(self):
        self.seen = []

    def __getitem__(self, key):
        self.seen.append(key)
        return key

    def __setitem__(self, key, value):
        self.seen.append((key, value))


r = Recorder()
first = r[1:5]
second = r[2:6:2]
r[0:1] = "x"
print(first, second, first is not second, r.seen)
print({first: 1, second: 2}[1:5])


# a list subclass overriding __getitem__ may keep its slices as keys
class Keeping(list):
    def __getitem__(self, key):
        kept[key] = list.__getitem__(self, key)
        return kept[key]


kept = {}
k = Keeping([5, 6, 7])
k[0:1]
k[1:3]
k[::2]
print(kept)
