# The attribute cache holds two entries per set: many (class, name) pairs
# in one loop evict one another, and every answer must still be right.
classes = []
for n in range(12):
    namespace = {"tag": n}
    def method(self, k=n):
        return k * 100 + self.a
    namespace["m"] = method
    classes.append(type("C%d" % n, (), namespace))

objects = []
for n, cls in enumerate(classes):
    obj = cls()
    # Different insertion orders: the remembered dict position differs
    # between classes, and for odd n between the two instances.
    if n % 2:
        obj.b = n * 2
        obj.a = n
    else:
        obj.a = n
        obj.b = n * 2
    objects.append(obj)
    twin = cls()
    twin.a = n + 1000
    twin.b = 0
    objects.append(twin)

total = 0
for round in range(50):
    for obj in objects:
        total += obj.a + obj.b + obj.tag + obj.m()
        obj.b += 1
print("total", total)
print([obj.b for obj in objects])

# An instance attribute that shadows a method, after the method was cached.
obj = objects[0]
print(obj.m())
obj.m = lambda: "shadowed"
print(obj.m())
del obj.m
print(obj.m())

# A deleted attribute after cached loads.
del obj.a
try:
    obj.a
except AttributeError as e:
    print("AttributeError", e)
obj.a = 5
print(obj.a, obj.m())

# A class attribute becoming a property after cached loads and stores.
class P:
    pass

p = P()
p.x = 1
for _ in range(3):
    p.x = p.x + 1
print(p.x)
P.x = property(lambda self: "property")
print(p.x)
try:
    p.x = 3
except AttributeError:
    # (CPython 3.11 leaves the name out of the message when the property
    # was set on the class after its creation.)
    print("AttributeError: no setter")

# __getattribute__ defined on another class later: cached loads on every
# class must still be right, and the new class's hook must run.
class Q:
    def __init__(self):
        self.v = "q"

q = Q()
print(q.v, q.v)

class Loud:
    def __getattribute__(self, name):
        return "loud " + name

print(q.v, Loud().anything)
Q.__getattribute__ = lambda self, name: "hooked " + name
print(q.v)
