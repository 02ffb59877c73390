class A:
    """doc of A"""
    attr = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __repr__(self):
        return f"A({self.v!r})"
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
class B(A):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def get(self):
        return super().get() + self.w
b = B(1, 2)
print(b.get(), b.v, b.w, A.attr, B.attr)
print(A(3), A.s(), B.c(), A.__doc__)
print(B.__qualname__, B.get.__qualname__, A.__module__)
print(isinstance(b, A), issubclass(B, A), B.__mro__ == (B, A, object))
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
class C(metaclass=Meta, tag="hello"):
    pass
print(C.tag, type(C).__name__)
def f():
    class Local:
        def m(self):
            return __class__
    return Local
L = f()
print(L.__qualname__, L().m() is L)
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, value):
        self._x = value * 2
p = P()
p.x = 5
print(p.x)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
class WithDunder:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __eq__(self, other):
        return True
print(len(WithDunder()), list(WithDunder()), WithDunder() == 1)
