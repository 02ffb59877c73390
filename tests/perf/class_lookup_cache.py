# Attribute lookups along the MRO are cached; every way of changing what a
# lookup finds must be seen at once.


class Base:
    kind = "base"

    def greet(self):
        return "base greet"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.kind, c.greet())

# Adding to the base is seen through the subclass.
Base.kind = "changed"
print(c.kind)


def new_greet(self):
    return "new greet"


Base.greet = new_greet
print(c.greet())

# Shadowing in the subclass, then removing the shadow.
Child.kind = "child"
print(c.kind)
del Child.kind
print(c.kind)
del Base.kind
try:
    print(c.kind)
except AttributeError as e:
    print("AttributeError:", e)

# setattr/delattr on classes.
setattr(Child, "extra", 42)
print(c.extra)
delattr(Child, "extra")
print(hasattr(c, "extra"))

# A miss that later becomes a hit: __getattr__ added after a failed lookup.
class Lazy:
    pass


z = Lazy()
print(hasattr(z, "anything"))
Lazy.__getattr__ = lambda self, name: "via getattr " + name
print(z.anything)

# __setattr__ defined after instances stored attributes.
class Logged:
    pass


log = Logged()
log.a = 1
Logged.__setattr__ = lambda self, name, value: print("set", name, value)
log.b = 2
print(log.a, hasattr(log, "b"))

# An instance attribute shadows a method; deleting it unshadows.
class M:
    def m(self):
        return "method"


obj = M()
print(obj.m())
obj.m = lambda: "instance attribute"
print(obj.m())
del obj.m
print(obj.m())

# type() copies its namespace: later changes to the dict do not reach the
# class.
ns = {"value": 1}
T = type("T", (), ns)
print(T().value)
ns["value"] = 2
print(T().value)

# The class statement's namespace is copied too.
class Keep:
    saved = locals()
    value = "original"


Keep.saved["value"] = "from saved namespace"
print(Keep.value)

# Writing the class dict obtained through __dict__ is seen. (CPython's
# __dict__ is read-only; this just reads it.)
class D:
    x = 1


print(D().x, "x" in D.__dict__)
D.x = 5
print(D().x)

# Many classes and names (cache collisions).
classes = [type("K%d" % i, (), {"n%d" % j: i * 10 + j for j in range(5)}) for i in range(40)]
total = 0
for rep in range(3):
    for i, k in enumerate(classes):
        inst = k()
        for j in range(5):
            total += getattr(inst, "n%d" % j)
print(total)
for k in classes:
    k.n0 = -1
print(sum(k().n0 for k in classes))
