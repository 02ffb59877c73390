# Special methods wrapped in staticmethod/classmethod are called as the
# type slot would call them; __new__ is implicitly a staticmethod.
class C:
    @staticmethod
    def __sub__(rhs):
        print("static sub", rhs)
        return "sub"

    @classmethod
    def __add__(cls, rhs):
        print("class add", cls.__name__, rhs)
        return "add"

    @staticmethod
    def __getitem__(item):
        return "item %r" % (item,)

    @staticmethod
    def __setitem__(item, value):
        print("static set", item, value)

    @staticmethod
    def __delitem__(item):
        print("static del", item)


c = C()
print(c - 1)
print(c + 2)
print(c[3])
c[4] = 5
del c[6]


class WithNew:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        print("__init__", args)


w = WithNew(1, 2)
print(type(WithNew.__dict__["__new__"]).__name__)
w2 = w.__new__(WithNew)
print(type(w2).__name__)
w3 = WithNew.__new__(WithNew, "x")
print(type(w3).__name__)


class ReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("not called")


print(ReturnsOther())
