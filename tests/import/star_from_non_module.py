# `from x import *` where sys.modules holds something that is not a module.
import sys


class AsModule:
    x = "class x"
    _hidden = "no"


sys.modules["fake_mod"] = AsModule
from fake_mod import *

print(x)
print("_hidden" in globals())


class WithAll:
    __all__ = ("y", "_private")
    y = "y from __all__"
    _private = "listed, so imported"
    z = "not listed"


sys.modules["fake_mod"] = WithAll
from fake_mod import *

print(y, _private)
print("z" in globals())


class Instance:
    def __init__(self):
        self.w = "instance attribute"


sys.modules["fake_mod"] = Instance()
from fake_mod import *

print(w)

sys.modules["fake_mod"] = 42
try:
    from fake_mod import *
except ImportError as e:
    print("ImportError:", e)


class BadAll:
    __all__ = [1]


sys.modules["fake_mod"] = BadAll
try:
    from fake_mod import *
except TypeError as e:
    print("TypeError")
