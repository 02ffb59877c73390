# __class__, type(obj)(...) and class identity
class P:
    def __init__(self, v=0):
        self.v = v
    def clone(self):
        return type(self)(self.v + 1)
class Q(P):
    pass
q = Q(5)
c = q.clone()
print(type(c).__name__, c.v, q.__class__ is Q, c.__class__.__name__)
print(P.__name__, Q.__bases__ == (P,), type(q) is not P, isinstance(c, P))
print(type(P) is type, type(type(q)).__name__, P.__class__ is type)
