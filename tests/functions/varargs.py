# *args and **kwargs
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(a, b=0, *rest, key="k", **extra):
    return a, b, rest, key, extra
print(g(1), g(1, 2, 3, 4), g(1, key="x", z=9), g(*[1, 2, 3], **{"key": 5, "w": 6}))
args = (1, 2)
kw = {"c": 3}
def h(a, b, c):
    return a + b + c
print(h(*args, **kw), h(*"ab", c="c"), h(1, *[2], **{"c": 3}))
print(f(*range(3), *"ab", **{"x": 1}, **{"y": 2}))
try:
    h(**{"a": 1, "b": 2, "c": 3, "d": 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
