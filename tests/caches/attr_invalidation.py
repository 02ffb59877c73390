# Attribute reads, writes and method calls on instances, warmed up, then the
# class or the instance changes under them.


class Point:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_all(points):
    return [(p.x, p.y, p.scale, p.norm1()) for p in points]


pts = [Point(i, -i) for i in range(3)]
for _ in range(3):
    read_all(pts)
print(read_all(pts))

# Class attribute changed after the cache warmed.
Point.scale = 5
print(read_all(pts))
del Point.scale
try:
    pts[0].scale
except AttributeError as e:
    print("AttributeError:", e)
Point.scale = 7

# Method replaced, then deleted and provided by a base class.
Point.norm1 = lambda self: "replaced"
print(read_all(pts)[0])
del Point.norm1
try:
    pts[0].norm1()
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def norm1(self):
        return "base"


class Derived(Base):
    pass


d = Derived()
for _ in range(3):
    d.norm1()
print(d.norm1())
Derived.norm1 = lambda self: "derived"
print(d.norm1())
del Derived.norm1
print(d.norm1())
Base.norm1 = lambda self: "base changed"
print(d.norm1())
Point.norm1 = lambda self: abs(self.x) + abs(self.y)

# Instance dict shadows a method and a class attribute, then stops.
p = pts[1]
p.norm1 = lambda: "instance"
p.scale = 100
print(p.norm1(), p.scale, pts[2].norm1(), pts[2].scale)
del p.norm1
del p.scale
print(p.norm1(), p.scale)

# Attributes assigned in another order: a different position in the dict.
q = Point.__new__(Point)
q.y = 10
q.x = 20
print(q.x, q.y, [(a.x, a.y) for a in pts])
q.x += 1
q.y += 1
print(q.x, q.y)

# Deleting an attribute and re-adding it moves it in the dict.
r = Point(1, 2)
for _ in range(3):
    r.x = r.x + 1
del r.x
try:
    r.x
except AttributeError as e:
    print("AttributeError:", e)
r.x = 50
print(r.x, r.y, vars(r))

# Writes through __dict__ are seen by warmed reads.
r.__dict__["y"] = 60
print(r.y)
r.__dict__.clear()
try:
    r.y
except AttributeError as e:
    print("AttributeError:", e)
r.__dict__.update(x=1, y=2)
print(r.x, r.y)

# The instance's class changes.


class Other:
    scale = "other"

    def norm1(self):
        return "other norm"


r.__class__ = Other
print(r.x, r.scale, r.norm1())
r.__class__ = Point
print(r.x, r.scale, r.norm1())

# A store that warmed up, then the class gains a property of that name.
s = Point(3, 4)
for i in range(3):
    s.x = i
print(s.x)
Point.x = property(lambda self: "property x", lambda self, v: print("set x", v))
s.x = 99
print(s.x, vars(s)["x"])
del Point.x
print(s.x)
