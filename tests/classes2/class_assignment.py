# obj.__class__ = other: between classes of the same layout only.


class A:
    tag = "a"

    def who(self):
        return "A", self.value


class B:
    tag = "b"

    def who(self):
        return "B", self.value


class L(list):
    pass


class S:
    __slots__ = ("value",)


class T:
    __slots__ = ("value",)


obj = A()
obj.value = 1
print(obj.who(), obj.tag, type(obj).__name__, isinstance(obj, B))
obj.__class__ = B
print(obj.who(), obj.tag, type(obj).__name__, isinstance(obj, B), vars(obj))
obj.__class__ = A
print(obj.who(), obj.tag)
for target in (L, 5, int, S, "A"):
    try:
        obj.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
print(type(obj).__name__)
try:
    del obj.__class__
except TypeError as e:
    print("TypeError:", e)
s = S()
s.value = 2
s.__class__ = T
print(type(s).__name__, s.value)
try:
    s.__class__ = A
except TypeError as e:
    print("TypeError:", e)
lst = L([1, 2])


class L2(list):
    def total(self):
        return sum(self)


lst.__class__ = L2
print(lst.total(), lst)
