# default argument values
def f(a, b=2, c="c"):
    return (a, b, c)
print(f(1), f(1, 3), f(1, c=5), f(a=0), f(1, 2, 3), f(c=1, b=2, a=3))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2), g(3, []))
n = 10
def h(v=n):
    return v
n = 20
print(h())
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default())
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__defaults__)
