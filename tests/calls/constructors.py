# Instantiating classes whose __init__ is a Python function: the loop runs
# __init__ as an ordinary frame and delivers the instance. Everything else
# (own __new__, metaclasses, builtin bases, odd __init__) keeps the general
# path; all must behave as CPython.


class Point:
    count = 0

    def __init__(self, x, y=0, *, scale=1):
        self.x = x * scale
        self.y = y * scale
        Point.count += 1

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


print(Point(1, 2), Point(3), Point(1, 2, scale=10), Point(y=5, x=4), Point.count)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p = Point3(1, 2, 3)
print(p, p.z, isinstance(p, Point), type(p).__name__)


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


def depth(node):
    n = 0
    while node is not None:
        node = node.child
        n += 1
    return n


print(depth(Node(300)))


class Rebinds:
    def __init__(self):
        self.tag = "original"
        self = None


print(Rebinds().tag)


class Fails:
    def __init__(self, value):
        if value < 0:
            raise ValueError("negative: %d" % value)
        self.value = value


try:
    Fails(-1)
except ValueError as e:
    print("ValueError:", e)
print(Fails(2).value)


class ReturnsValue:
    def __init__(self, value):
        return value


print(type(ReturnsValue(None)).__name__)
for bad in [0, "text", [], ReturnsValue(None)]:
    try:
        ReturnsValue(bad)
    except TypeError as e:
        print("TypeError:", e)


class GeneratorInit:
    def __init__(self):
        yield 1


try:
    GeneratorInit()
except TypeError as e:
    print("TypeError:", e)


def make_and_catch():
    try:
        return ReturnsValue(1)
    except TypeError as e:
        return "caught in function: %s" % e


print(make_and_catch())
for args in [(), (1, 2, 3), (1, 2, 3, 4)]:
    try:
        Point3(*args)
    except TypeError as e:
        print("TypeError:", e)


class WithNew:
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)

    def __init__(self, a):
        print("__init__", a)


WithNew(7)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class Metered(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(Metered(5).a)


class Items(list):
    def __init__(self, n):
        super().__init__(range(n))


print(Items(4), len(Items(2)))


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


print(Slotted(9).a)
try:
    Slotted(1).b = 2
except AttributeError as e:
    print("AttributeError")


class Plain:
    pass


print(type(Plain()).__name__)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
objects = [Point(i, i) for i in range(5)]
print(objects, Point.count)


def builder(n):
    return [Point3(i, i + 1, i + 2).z for i in range(n)]


print(builder(4))
ReturnsValue(3)
