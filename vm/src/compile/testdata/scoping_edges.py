# scoping and closures edge cases
def a():
    x = 1
    def b():
        return [x + i for i in range(2)]
    return b()
print(a())
def c():
    funcs = [lambda: j for j in range(3)]
    return [f() for f in funcs]
print(c())
def d():
    y = 5
    class Inner:
        z = y
        def m(self):
            return y
    return Inner.z, Inner().m()
print(d())
def e():
    v = "e"
    class K:
        v = "class"
        w = [v for _ in range(1)]
    return K.v, K.w
print(e())
def walrus():
    data = [1, 2, 3, 4]
    if any((found := x) > 2 for x in data):
        return found
print(walrus())
def counter_gen():
    count = 0
    def incr():
        nonlocal count
        count += 1
    for _ in range(5):
        incr()
    return count
print(counter_gen())
def deleted():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as err:
        return str(err)
print(deleted())
def cell_delete():
    x = 1
    def g():
        return x
    del x
    try:
        return g()
    except NameError as err:
        return str(err)
print(cell_delete())
def default_scope(a=len("abc")):
    return a
print(default_scope())
class Outer:
    class Nested:
        def m(self):
            return __class__.__qualname__
print(Outer.Nested().m(), Outer.Nested.__qualname__, Outer.Nested.m.__qualname__)
def f():
    def g():
        def h():
            pass
        return h
    return g()
print(f().__qualname__, (lambda: 0).__qualname__)
print([(lambda: 0) for _ in range(1)][0].__qualname__)
def kw(a, *, b=2, **rest):
    return a, b, rest
print(kw(1, c=3), kw(a=1, b=4))
def star_star(**k):
    return sorted(k)
print(star_star(**{"x": 1}, y=2))
args = (1, 2)
print(*args, sep="-")
print(*[], "empty")
print(dict(a=1, **{"b": 2}))
s = {1, 2}
print(sorted({*s, 3}))
g = 1
def uses_global():
    global g
    g += 1
    return g
print(uses_global(), g)
def nested_nonlocal():
    a = 0
    def m():
        def n():
            nonlocal a
            a += 10
        n()
    m()
    return a
print(nested_nonlocal())
class Base:
    def hello(self):
        return "base"
class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()
    @classmethod
    def cm(cls):
        return super().__name__ if False else cls.__name__
print(Derived().hello(), Derived.cm())
class WithInit:
    def __init__(self, *a, **k):
        super().__init__()
        self.a = a
print(WithInit(1, 2).a)
