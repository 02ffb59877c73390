# micropython.const
from micropython import const
import micropython
WIDTH = const(320)
_HEIGHT = const(240)
MASK = const(0xFF << 8)
print(WIDTH, _HEIGHT, WIDTH * _HEIGHT, hex(MASK))
print(micropython.const(7) + 1, const(-3))
def area():
    return WIDTH * _HEIGHT
print(area())
