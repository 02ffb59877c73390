# keys and items views are set-like and unhashable; values views hash.
d = {1: 2}
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError as e:
        print("TypeError:", e)
print(type(hash(d.values())).__name__)
try:
    {}[:] = {}
except TypeError as e:
    print("TypeError:", e)
try:
    d.values() + 1
except TypeError as e:
    print("TypeError")
