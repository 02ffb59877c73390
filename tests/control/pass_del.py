# pass and del statements
def nothing():
    pass
class Empty:
    pass
print(nothing(), Empty.__name__)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a = [1, 2, 3]
b = {"k": 1, "j": 2}
del a[0], b["k"]
print(a, b)
o = Empty()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())
