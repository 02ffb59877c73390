# Bad arguments to machine's classes raise ValueError or TypeError with
# messages that say what was wrong, and leave the pin as it was.
from machine import Pin, Signal, PinBase


def attempt(what, action):
    try:
        action()
        print(what, "no error")
    except Exception as e:
        print(what, type(e).__name__, e)


p = Pin(3, Pin.OUT, value=1)
attempt("mode 7", lambda: Pin(3, 7))
attempt("mode -2", lambda: Pin(3, -2))
attempt("mode str", lambda: Pin(3, "out"))
attempt("mode float", lambda: p.mode(1.0))
attempt("pull 3", lambda: Pin(3, Pin.IN, 3))
attempt("pull str", lambda: p.pull("up"))
attempt("init mode", lambda: p.init(9))
print("unchanged", p.mode() == Pin.OUT, p.value())
attempt("bad mode, good value", lambda: Pin(3, 5, value=0))
print("unchanged", p.value())

attempt("id str", lambda: Pin("3"))
attempt("id float", lambda: Pin(3.0))
attempt("id None", lambda: Pin(None))
attempt("id -1", lambda: Pin(-1))
attempt("id 100", lambda: Pin(100))
attempt("id huge", lambda: Pin(2**100))
attempt("no id", lambda: Pin())
attempt("4 positional", lambda: Pin(3, Pin.OUT, None, 1))
attempt("unknown keyword", lambda: Pin(3, speed=1))
attempt("value twice", lambda: Pin(3, id=3))

attempt("value(1, 2)", lambda: p.value(1, 2))
attempt("call(1, 2)", lambda: p(1, 2))
attempt("on(1)", lambda: p.on(1))
attempt("toggle kw", lambda: p.toggle(x=1))
attempt("mode(1, 2)", lambda: p.mode(1, 2))
attempt("unbound", lambda: Pin.value())
attempt("wrong self", lambda: Pin.on(5))
attempt("wrong self", lambda: Pin.value(Signal(p)))
attempt("new of int", lambda: Pin.__new__(int, 3))

attempt("Signal()", lambda: Signal())
attempt("Signal(pin, 1)", lambda: Signal(p, 1))
attempt("Signal(pin, x=1)", lambda: Signal(p, x=1))
attempt("Signal(object)", lambda: Signal(object()))
attempt("Signal(str)", lambda: Signal("LED"))
attempt("Signal(100)", lambda: Signal(100))
attempt("Signal(3, 9)", lambda: Signal(3, 9))
attempt("signal value(1, 2)", lambda: Signal(p).value(1, 2))
attempt("signal off(0)", lambda: Signal(p).off(0))
attempt("Signal.on(pin)", lambda: Signal.on(p))


class NoValue(PinBase):
    pass


class BadValue(PinBase):
    def value(self, v=None):
        return "high"


attempt("no value()", lambda: Signal(NoValue()).value())
attempt("value() str", lambda: Signal(BadValue()).value())


class Broken(PinBase):
    def value(self, v=None):
        raise OSError(5, "bus fault")


attempt("value() raises", lambda: Signal(Broken()).on())

# A class cannot lay out as both a Pin and a list.
class Both(Pin, list):
    pass


attempt("lay-out", lambda: Both(3))
