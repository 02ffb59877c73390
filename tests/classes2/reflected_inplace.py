# Reflected and in-place operators: __radd__ when the left operand returns
# NotImplemented, subclass priority, __iadd__ falling back to __add__.
class V:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"V{tuple(self.xs)}"
    def __add__(self, other):
        if isinstance(other, V):
            return V(*(a + b for a, b in zip(self.xs, other.xs)))
        if isinstance(other, (int, float)):
            return V(*(a + other for a in self.xs))
        return NotImplemented
    def __radd__(self, other):
        print("radd with", other)
        return self + other
    def __sub__(self, other):
        return V(*(a - b for a, b in zip(self.xs, other.xs)))
    def __rsub__(self, other):
        return V(*(other - a for a in self.xs))
    def __mul__(self, k):
        return V(*(a * k for a in self.xs))
    __rmul__ = __mul__
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))
    def __neg__(self):
        return V(*(-a for a in self.xs))
    def __abs__(self):
        return sum(abs(a) for a in self.xs)
    def __iadd__(self, other):
        print("iadd")
        self.xs = [a + other for a in self.xs]
        return self

v = V(1, 2)
print(v + V(10, 20), v + 1, 1 + v, 10 - v, 3 * v, v * 3, v @ V(3, 4), -v, abs(V(-1, 2)))
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
w = v
w += 5
print(w is v, v)
class NoInplace:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return NoInplace(self.n + other)
a = NoInplace(1)
b = a
a += 1
print(a is b, a.n, b.n)

class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
print(Base() + Derived())  # a subclass's reflected method goes first
print(Derived() + Base())

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return isinstance(other, Cmp) and self.v == other.v
print(Cmp(1) < Cmp(2), Cmp(2) > Cmp(1), Cmp(1) == Cmp(1), Cmp(1) != Cmp(2))
print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c.v)[0].v, max([Cmp(3), Cmp(5)]).v)
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)

class Shift:
    def __lshift__(self, n): return f"<<{n}"
    def __rrshift__(self, n): return f"{n}>>"
    def __ior__(self, n): return f"|={n}"
    def __pow__(self, n, mod=None): return f"**{n} mod {mod}"
    def __rpow__(self, n): return f"{n}**"
    def __floordiv__(self, n): return f"//{n}"
    def __rmod__(self, n): return f"{n}%"
s = Shift()
print(s << 2, 8 >> s, s ** 3, pow(s, 2, 5), 2 ** s, s // 4, 7 % s)
s |= 1
print(s)
