# __str__ and __repr__
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "Both()"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"
class StrOnly:
    def __str__(self):
        return "only str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(r, str(r), repr(r), [r])
print(s, str(s), "%s" % s, "{}".format(s), f"{s}")
print(repr(s).startswith("<__main__.StrOnly object at "))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
print([Point(1, 2), Point("a", None)])
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
