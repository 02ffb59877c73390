# cpython: 3.12 (slices are hashable)
# keys and items views are set-like and unhashable; values views hash.
d = {1: 2}
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError as e:
        print("TypeError:", e)
print(type(hash(d.values())).__name__)
m = {}
m[:] = {}  # a slice is a key like any other (hashable from Python 3.12)
print(m)
try:
    d.values() + 1
except TypeError as e:
    print("TypeError")
