# decorators written with closures
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
add(5)
def repeat(n):
    def deco(fn):
        def wrapper():
            return [fn() for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello():
    return "hello"
print(hello())
def d1(f):
    return lambda: "d1(" + f() + ")"
def d2(f):
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
