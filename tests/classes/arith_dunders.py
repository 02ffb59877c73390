# arithmetic operator overloading, reflected operands and NotImplemented
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __bool__(self):
        return bool(self.x or self.y)
v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, w - v, v * 3, 3 * v, -v, abs(w), v == Vec(1, 2), bool(Vec(0, 0)), bool(v))
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
v += w
print(v)
class Num:
    def __init__(self, n):
        self.n = n
    def __iadd__(self, o):
        self.n += o
        return self
    def __radd__(self, o):
        return o + self.n
n = Num(1)
m = n
n += 5
print(n is m, n.n, 10 + Num(5), sum([Num(1), Num(2)], 0))
