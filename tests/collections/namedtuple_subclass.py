from collections import namedtuple


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vector(1, 2) + Vector(3, 4)
print(v, v.norm2, type(v).__name__, v._replace(x=0), type(v._replace(x=0)).__name__)
print(Vector._make((5, 6)), isinstance(v, tuple))


class Labelled(namedtuple("Base", "name"), object):
    def shout(self):
        return self.name.upper()


print(Labelled("hi").shout(), Labelled("x"))
