# machine.PinBase: Python classes make their own pins by defining value().
import machine
from machine import PinBase, Signal


class Toggler(PinBase):
    def __init__(self):
        print("__init__")
        self.v = False

    def value(self, v=None):
        print("value:", v)
        if v is None:
            self.v = not self.v
            return int(self.v)


t = Toggler()
print(t.value(), t.value())
t.value(1)
print(isinstance(t, PinBase), type(t).__name__, PinBase.__name__, PinBase.__module__)

# PinBase's constructor takes (and ignores) arguments, so a subclass's
# __init__ may take its own.
class Fixed(PinBase):
    def __init__(self, level, *, name="fixed"):
        self.level = level
        self.name = name

    def value(self, v=None):
        if v is None:
            return self.level
        self.level = v


f = Fixed(1, name="one")
print(f.name, Signal(f).value(), Signal(f, invert=True).value())
# What value() returns is read as an int, and invert flips its lowest
# bit (as MicroPython does).
f.level = 42
print(Signal(f)(), Signal(f, invert=True)())
f.level = True
print(Signal(f)())
# A Signal writes True or False.
Signal(f).value(7)
print(f.level)
Signal(f, invert=True).value(7)
print(f.level)

# A plain subclass with no __init__, and PinBase itself.
class Bare(PinBase):
    pass

print(type(Bare(1, 2, x=3)).__name__, type(PinBase()).__name__)

# super() reaches the native base.
class Super(PinBase):
    def __init__(self):
        super().__init__()
        self.v = 0

    def value(self, v=None):
        if v is None:
            return self.v
        self.v = int(v)


s = Signal(Super())
s.on()
print("super", s.value())
