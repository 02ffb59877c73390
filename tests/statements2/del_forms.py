# del of names, items, slices, attributes and several targets at once.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)

items = list(range(10))
del items[0]
del items[-1]
del items[1:3]
del items[::2]
print(items)

d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["c"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

class Box:
    pass

b = Box()
b.v = 1
b.w = 2
del b.v
print(hasattr(b, "v"), b.w)
try:
    del b.v
except AttributeError as e:
    print("AttributeError:", e)

a, (c, e) = 1, (2, 3)
del a, (c, e)
print("a" in dir(), "c" in dir(), "e" in dir())

def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err}"
print(local_del())

grid = [[1, 2], [3, 4]]
del grid[0][1]
print(grid)
ba = bytearray(b"hello")
del ba[1:4]
print(ba)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError:", e)
