from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (1, 2), p + (3,), p * 2, hash(p) == hash((1, 2)))
print(Point._fields, Point.__name__, isinstance(p, tuple))
print(p._asdict(), p._replace(x=5), Point._make([7, 8]), Point._make(range(2)))
print(Point(x=3, y=4), sorted([Point(2, 1), Point(1, 2)]))
print(Point.x.__doc__, Point.__doc__)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    p[0] = 5
except TypeError as e:
    print("TypeError:", e)
Triple = namedtuple("Triple", ["a", "b", "c"])
print(Triple(*"xyz"), Triple("1", "2", "3")._replace(b="B", c="C"))
Comma = namedtuple("Comma", "a, b,c")
print(Comma._fields)
Empty = namedtuple("Empty", [])
print(Empty(), len(Empty()))
print("%s-%s" % p, "{0.x}:{0.y}".format(p))
