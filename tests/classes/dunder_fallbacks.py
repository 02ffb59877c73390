# fallbacks between special methods
class LenOnly:
    def __len__(self):
        return 3
class BoolOverLen:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(LenOnly()), bool(BoolOverLen()), len(BoolOverLen()))
class AddOnly:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return AddOnly(self.v + o)
a = AddOnly(1)
b = a
a += 5
print(a.v, b.v, a is b)
class EqNotImpl:
    def __eq__(self, o):
        return NotImplemented
x = EqNotImpl()
print(x == x, x == EqNotImpl(), x != x)
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
class Rev:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return "radd(%r)" % (o,)
    def __rsub__(self, o):
        return "rsub(%r)" % (o,)
print(1 + Rev(2), "s" + Rev(0), 5 - Rev(1), [1] + Rev(0))
