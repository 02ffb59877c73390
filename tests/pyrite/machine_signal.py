# machine.Signal over Pins, Signals and PinBase subclasses, with invert.
from machine import Pin, Signal, PinBase

# Over a Pin, not inverted: the signal is the pin.
p = Pin(1, Pin.OUT)
s = Signal(p)
s.value(1)
print(p.value(), s.value(), s())
s(0)
print(p.value(), s.value(), s())

# Inverted: on() drives the pin low (an active-low LED).
s = Signal(p, invert=True)
s.on()
print("on", p.value(), s.value())
s.off()
print("off", p.value(), s.value())
s.value(5)
print("value(5)", p.value(), s())
print(s.value(0), s(1), p.value())

# From Pin arguments: the Signal makes the Pin; value= is the signal's
# level, so with invert=True the pin starts at the opposite level.
s = Signal(2, Pin.OUT, value=1, invert=True)
print("made", s.value(), Pin(2).value())
s = Signal(3, Pin.OUT, value=1)
print("made", s.value(), Pin(3).value())
s = Signal(4, mode=Pin.IN, pull=Pin.PULL_UP, invert=True)
print("input up inverted", s.value(), Pin(4).value())

# A Signal over a Signal inverts twice.
inner = Signal(Pin(5, Pin.OUT), invert=True)
outer = Signal(inner, invert=True)
outer.on()
print("twice", Pin(5).value(), inner.value(), outer.value())

# Over a Python pin (a PinBase subclass): its value() is called, with
# True/False to write, and what it returns is the level.
class LoggedPin(PinBase):
    def __init__(self, level):
        self.level = level

    def value(self, v=None):
        if v is None:
            print("read", self.level)
            return self.level
        print("write", v)
        self.level = int(v)

lp = LoggedPin(0)
s = Signal(lp, invert=True)
print(s.value())
s.on()
print(lp.level, s())
s.off()
print(lp.level, s())

# A Signal subclass: calling an instance reaches the native __call__.
class Named(Signal):
    def describe(self):
        return "level %d" % self()

n = Named(Pin(6, Pin.OUT), invert=True)
n(1)
print(n.describe(), Pin(6).value(), isinstance(n, Signal))
n = Named(7, Pin.OUT, value=0)
print(n.describe(), Pin(7).value())
