# is / is not and id() comparisons
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) == id(c))
print(None is None, type(None) is type(None), True is True)
x = object()
y = object()
print(x is y, x is x, x == y, x != y)
def f():
    pass
print(f is f, f == f)
s = "abc"
print(s is s, type(s) is str, type(1) is int, type(1) is not float)
