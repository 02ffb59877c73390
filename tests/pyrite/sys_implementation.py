# sys.implementation and sys.platform
import sys
print(sys.implementation.name)
print(type(sys.platform).__name__)
print(repr(sys.implementation).split(", _machine")[0])
print(sys.implementation.cache_tag, sys.implementation.version[:2], hex(sys.implementation.hexversion))
# MicroPython's flag for its CPython-like 2.x semantics (docs/differences.md)
print(sys.implementation._v2, sys.implementation._mpy)
from array import array
try:
    array("B", [-1])
except OverflowError as e:
    print("OverflowError", e)
