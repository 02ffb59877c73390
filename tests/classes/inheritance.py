# single inheritance and method overriding
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return "%s with %d sides, area %s" % (self.name, self.sides, self.area())
    def area(self):
        return 0
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
class Triangle(Shape):
    sides = 3
for s in (Shape("blob"), Rect(2, 3), Square(4), Triangle("tri")):
    print(s.describe())
sq = Square(2)
print(isinstance(sq, Square), isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, Triangle))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, Square), issubclass(Square, object))
print(isinstance(sq, (int, Rect)), Square.__bases__[0].__name__, Rect.__base__.__name__)
print([c.__name__ for c in Square.__mro__])
