def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
def g(x, /, y):
    return x - y
print(g(5, y=3))
def h(*args, **kwargs):
    return args, kwargs
print(h(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
lst = [3, 1, 2]
print(max(*lst), sorted(lst, reverse=True))
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(20))
def noret():
    pass
print(noret())
sq = lambda x, y=1: x * x + y
print(sq(3), sq(3, 0))
def deco(fn):
    def wrapper(*a):
        return "<" + str(fn(*a)) + ">"
    return wrapper
def deco2(fn):
    return lambda *a: fn(*a) * 2
@deco
@deco2
def add(a, b):
    return a + b
print(add(1, 2))
def kwonly(*, key):
    return key
print(kwonly(key="k"))
try:
    f()
except TypeError as e:
    print("TypeError", e)
def defaults_evaluated_once(x=[]):
    x.append(1)
    return len(x)
defaults_evaluated_once()
print(defaults_evaluated_once())
print(f.__name__, add.__name__)
