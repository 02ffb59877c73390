# machine.Pin on the port's simulated pin bank (docs/differences.md): an
# output reads back what it drives, an input reads its pull (1 up, 0 down,
# 0 floating), and the level written to an input is what it drives once
# it becomes an output.
from machine import Pin

print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN)

# A fresh pin is a floating input.
p = Pin(2)
print(repr(p), p.mode() == Pin.IN, p.pull(), p.value())

# Output: value(), calling the pin, on/off, high/low, toggle.
p = Pin(3, Pin.OUT)
print(p.mode() == Pin.OUT, p.value())
p.value(1)
print(p.value(), p())
p(0)
print(p.value(), p())
p.on()
print("on", p.value())
p.off()
print("off", p.value())
p.high()
print("high", p.value())
p.low()
print("low", p.value())
p.toggle()
print("toggle", p.value())
p.toggle()
print("toggle", p.value())
# Any truth value drives the pin; value(x) returns None.
print(p.value("yes"), p.value(), p.value([]), p.value())

# value= sets the level before the mode changes.
q = Pin(4, Pin.OUT, value=1)
print("value=1", q.value())
q = Pin(4, mode=Pin.OUT, value=0)
print("value=0", q.value())

# Inputs read their pull; the pull can change on its own.
i = Pin(5, Pin.IN, Pin.PULL_UP)
print("up", i.value(), i.pull() == Pin.PULL_UP)
i.pull(Pin.PULL_DOWN)
print("down", i.value(), i.pull() == Pin.PULL_DOWN)
i.pull(None)
print("none", i.value(), i.pull())
i = Pin(5, pull=Pin.PULL_UP)
print("pull= only", i.value(), i.mode() == Pin.IN)

# Writing an input sets the level it drives once it is an output.
i = Pin(6, Pin.IN, Pin.PULL_UP)
i.value(0)
print("input written 0 reads", i.value())
i.mode(Pin.OUT)
print("as output", i.value(), i.pull() == Pin.PULL_UP)

# Two Pin objects for one number are the same pin.
a = Pin(7, Pin.OUT)
b = Pin(7)
a.on()
print("shared", b.value(), b.mode() == Pin.OUT)
b.off()
print("shared", a.value())

# Pins compare and hash by number.
print(a == b, a != b, a == Pin(8), a != Pin(8), a == 7, len({a, b, Pin(8)}))

# init() changes only what it is given (-1 means leave it).
a.init(Pin.IN, Pin.PULL_UP)
print("init", a.mode() == Pin.IN, a.value())
a.init(mode=Pin.OUT, value=1)
print("init", a.mode() == Pin.OUT, a.pull() == Pin.PULL_UP, a.value())
a.init(-1, -1)
print("init -1", a.mode() == Pin.OUT, a.pull() == Pin.PULL_UP, a.value())
print(a.init(), a.mode() == Pin.OUT)

# Open drain reads back what it drives, too.
d = Pin(8, Pin.OPEN_DRAIN, value=0)
print("open drain", d.mode() == Pin.OPEN_DRAIN, d.value())
d.on()
print("open drain", d.value())

# A subclass of Pin keeps the native methods.
class Led(Pin):
    def blink(self):
        self.toggle()
        return self.value()

led = Led(9, Led.OUT)
print(repr(led), type(led).__name__, isinstance(led, Pin))
print(led.blink(), led.blink(), Pin(9).value())

# The pin number a Pin keeps inside never stands in for the Pin itself.
try:
    Pin(9) + 1
except TypeError as e:
    print(e)
print(str(Pin(9)), "%s" % Pin(10), Pin(9).__class__ is Pin)

# Importing machine afresh gives the same classes, so existing pins work.
import sys
old = Pin(3)
del sys.modules["machine"]
import machine
print(machine.Pin is Pin, machine.Pin(3) == old, old.value() == machine.Pin(3).value())
