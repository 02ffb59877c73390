# __eq__, __ne__, __lt__ and hashing
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "V(%d)" % self.v
print(V(1) == V(1), V(1) != V(1), V(1) == V(2), V(1) != 2, V(1) == 1)
print(V(1) in [V(0), V(1)], len({V(1), V(1), V(2)}), {V(3): "three"}[V(3)])
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(4)]), V(1) < V(2), V(2) > V(1))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly() == 5, 5 == EqOnly())
class Default:
    pass
a = Default()
print(a == a, a == Default(), a != Default(), hash(a) == hash(a))
try:
    Default() < Default()
except TypeError as e:
    print(type(e).__name__, e)
