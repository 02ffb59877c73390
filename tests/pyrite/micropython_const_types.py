# constants may be str, bytes, tuples and singletons; equal tuples are one object
from micropython import const
_NAME = const("sensor")
_RAW = const(b"\x01\x02")
_PAIR = const((1, _NAME))
_ALL = const((None, True, False, ..., _RAW, _PAIR))
print(_NAME, _RAW, _PAIR, _ALL)
x = _PAIR
print(x is _PAIR, x == (1, "sensor"))
_F: float = const(2.5)
print(_F * 2)
