# User-defined descriptors: __get__, __set__, __delete__; data descriptors
# win over the instance dict, non-data ones lose to it.
class Loud:
    def __init__(self, label):
        self.label = label

    def __get__(self, obj, cls):
        print("get", self.label, obj is None, cls.__name__)
        return self.label + "!"

    def __set__(self, obj, value):
        print("set", self.label, value)
        obj.__dict__["_" + self.label] = value

    def __delete__(self, obj):
        print("delete", self.label)


class Quiet:
    def __get__(self, obj, cls):
        return "computed"


class Owner:
    data = Loud("data")
    plain = Quiet()


o = Owner()
print(o.data)
o.data = 5
print(o._data)
del o.data
print(Owner.data)
print(o.plain)
o.__dict__["plain"] = "own value"
print(o.plain)
o.__dict__["data"] = "ignored"
print(o.data)


class Counter:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(self.name + " must not be negative")
        obj.__dict__[self.name] = value


class Stock:
    count = Counter()


s = Stock()
print(s.count, type(Stock.count).__name__)
s.count = 3
print(s.count)
try:
    s.count = -1
except ValueError as e:
    print("ValueError:", e)
print(s.count)


class OnlyGet:
    def __get__(self, obj, cls):
        return 1


class Holder:
    attr = OnlyGet()


h = Holder()
h.attr = 2
print(h.attr)
