# != uses __ne__ when defined, else the inverse of __eq__ (object.__ne__),
# on the left operand before the reflected one.
class OnlyEq:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(self.name, "__eq__", type(other).__name__)
        return 7


class OnlyNe:
    def __ne__(self, other):
        print("OnlyNe __ne__")
        return "ne result"


print(OnlyEq("a") != OnlyNe())
print(OnlyNe() != OnlyEq("b"))
print(OnlyEq("c") != 1)
print(1 != OnlyEq("d"))
print(None != OnlyEq("e"))


class NotImpl:
    def __eq__(self, other):
        return NotImplemented


x = NotImpl()
print(x != x, x != NotImpl(), x == x)


class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return True


class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return False


# The right operand's type is a subclass: its method goes first.
print(Base() == Derived())
print(Derived() == Base())
print(Base() != Derived())


class Ordered:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Ordered.__lt__")
        return self.v < other.v


class MoreOrdered(Ordered):
    def __gt__(self, other):
        print("MoreOrdered.__gt__")
        return self.v > other.v


print(Ordered(1) < MoreOrdered(2))
print(MoreOrdered(1) < Ordered(2))
