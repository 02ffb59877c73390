# type(f)(code, globals): a new function over an existing code object.
def f():
    return a


ftype = type(f)
f1 = ftype(f.__code__, {"a": 1})
f2 = ftype(f.__code__, {"a": 2})
print(f1(), f2(), f1.__name__, type(f1) is ftype)
print(ftype((lambda: (lambda: a)).__code__, {"a": 3})()())
for args in ((None, {}), (f.__code__, None)):
    try:
        ftype(*args)
    except TypeError as e:
        print("TypeError:", e)


def outer():
    x = 1

    def inner():
        return x

    return inner


try:
    ftype(outer().__code__, {})
except TypeError as e:
    print("TypeError:", e)

try:
    f.__globals__ = {}
except AttributeError as e:
    print("AttributeError:", e)
