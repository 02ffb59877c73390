# __slots__: no instance dict, assignment limited to the slots, inheritance.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x)

class Q(P):
    __slots__ = ("z",)

q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z)

class R(P):
    pass  # no __slots__: instances get a dict again

r = R(1, 2)
r.extra = "ok"
print(r.extra, r.x, "extra" in r.__dict__)  # (where x lives differs: docs/differences.md)

class S:
    __slots__ = "only"

s = S()
s.only = 1
print(s.only, S.__slots__)
