# a constant whose name starts with _ is not stored; others are
from micropython import const
PUBLIC = const(1)
_PRIVATE = const(2)
print(PUBLIC, _PRIVATE)
print("PUBLIC" in globals(), "_PRIVATE" in globals())
class K:
    X = const(3)
    _Y = const(4)
    total = X + _Y
print(K.X, K.total, hasattr(K, "_Y"))
def f():
    _LOCAL = const(5)
    return _LOCAL + PUBLIC
print(f())
