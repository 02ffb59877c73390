# None
x = None
print(x, repr(x), type(x).__name__, x is None, x is not None, x == None)
def f():
    pass
print(f(), f() is None)
def g():
    return
print(g())
print(bool(None), None or 1, None and 1)
print([None] * 3, {None: 1}[None])
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
n = None
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
