# UnboundLocalError when a local is read before assignment
x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def g():
    if False:
        y = 1
    return y
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 5
    return inner()
print(outer())
