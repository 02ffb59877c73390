# classes, generators, imports, misc statements
class A:
    x: int = 3
    y: str
    def __init__(self):
        self.items = []
    def add(self, *vals):
        self.items.extend(vals)
        return self
print(A().add(1, 2).add(3).items, A.x)
class B(A):
    pass
class C(B, A):
    def __init__(self):
        super().__init__()
        self.c = True
print(C().items, C().c, [k.__name__ for k in C.__mro__])
def deco_class(cls):
    cls.decorated = True
    return cls
@deco_class
class D:
    pass
print(D.decorated)
class E:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
class F(E, flag=1):
    pass
print(F.kw)
def g():
    x = yield 1
    y = yield x * 2
    return x + y
it = g()
print(next(it), it.send(5))
try:
    it.send(10)
except StopIteration as e:
    print("stop", e.value)
def gen_expr_scope():
    n = 3
    return list(x * n for x in range(n))
print(gen_expr_scope())
def chain(*its):
    for i in its:
        yield from i
print(list(chain([1], (2, 3), "ab")))
import sys as system
from sys import version_info
print(type(system).__name__, version_info[0] >= 3)
assert True
assert 1, "never"
try:
    assert 0, "boom %s" % 1 if False else "boom"
except AssertionError as e:
    print(e)
del_me = [1, 2, 3]
del del_me[0], del_me[0]
print(del_me)
class G:
    pass
g_obj = G()
g_obj.a = 1
g_obj.b = 2
del g_obj.a, g_obj.b
print(vars(g_obj) if hasattr(g_obj, "__dict__") else "no dict")
x = [1, 2, 3]
x[1:] = []
print(x)
lst = [0] * 5
lst[1:4] = range(3)
print(lst)
data = {"a": [1, 2]}
data["a"][0] += 10
print(data)
class Cnt:
    def __init__(self):
        self.n = 0
cnt = Cnt()
for _ in range(3):
    cnt.n += 1
print(cnt.n)
print(f"{'a' + 'b'}{1 + 1}{[1][0]}{ {'k': 'v'}['k'] }")
print(f"{x!r} {x!s} {x!a}")
w = 10
print(f"{w}" "{w}" f"{w!r}")
def outer_gen():
    yield 1
    return 2
print(list(outer_gen()))
