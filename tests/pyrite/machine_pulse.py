# machine.time_pulse_us over Python pins and the simulated bank: -2 when
# the level never comes, -1 when the pulse outlasts the timeout, else the
# pulse's length in microseconds (an int).
import machine
from machine import Pin, PinBase, Signal, time_pulse_us


class TogglePin(PinBase):
    # Reads 1, 0, 1, 0, ...: a pulse as short as one read.
    def __init__(self):
        self.v = 0

    def value(self, v=None):
        if v is None:
            self.v = 1 - self.v
            print("value:", self.v)
            return self.v


class Script(PinBase):
    # Reads the given levels in turn, then stays at the last one.
    def __init__(self, levels):
        self.levels = list(levels)

    def value(self, v=None):
        if len(self.levels) > 1:
            return self.levels.pop(0)
        return self.levels[0]


t = time_pulse_us(TogglePin(), 1)
print(type(t).__name__, t >= 0)
t = time_pulse_us(Script([0, 0, 1, 1, 1, 0]), 1, 1_000_000)
print(type(t).__name__, t >= 0)
print(time_pulse_us(Script([0]), 1, 10))
print(time_pulse_us(Script([1]), 1, 10))
# (a timeout long enough that the first wait never runs out)
print(time_pulse_us(Script([1, 0]), 0, 100_000))
print(time_pulse_us(Script([1, 0]), 0, timeout_us=0))

# Native pins: an output low never reaches 1; as a pulse of 0 it lasts.
p = Pin(11, Pin.OUT, value=0)
print(time_pulse_us(p, 1, 10), time_pulse_us(p, 0, 10))
p = Pin(12, Pin.IN, Pin.PULL_UP)
print(time_pulse_us(p, 0, 10), time_pulse_us(p, 1, 10))
# Through a Signal, the level is the signal's.
print(time_pulse_us(Signal(p, invert=True), 0, 10))

for bad in (lambda: time_pulse_us(p, 1, -1), lambda: time_pulse_us(p, "1"),
            lambda: time_pulse_us(p), lambda: time_pulse_us(object(), 1, 10)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
