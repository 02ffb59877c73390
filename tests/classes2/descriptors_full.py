# Data and non-data descriptors, precedence against the instance dict,
# __delete__, and descriptors found on the class through the MRO.
class Logged:
    def __init__(self):
        self.log = []

    def __get__(self, obj, objtype=None):
        self.log.append(("get", objtype.__name__ if objtype else None))
        return self if obj is None else obj.__dict__.get("_v", 0)

    def __set__(self, obj, value):
        self.log.append(("set", value))
        obj.__dict__["_v"] = value

    def __delete__(self, obj):
        self.log.append(("delete",))
        del obj.__dict__["_v"]

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class A:
    v = Logged()
    nd = NonData()

class B(A):
    pass

b = B()
print(b.v)
b.v = 5
print(b.v)
b.__dict__["v"] = "instance dict"
print(b.v)  # data descriptor wins
del b.v
print(b.v)
print(B.v.log)
print(b.nd)
b.nd = "instance"
print(b.nd)  # instance dict wins over a non-data descriptor
del b.nd
print(b.nd)

class Const:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only")

class C:
    answer = Const()

c = C()
try:
    c.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
print(c.answer, C.answer)
