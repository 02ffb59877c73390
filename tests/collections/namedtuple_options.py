# defaults, rename, module, _field_defaults, the errors for bad arguments
from collections import namedtuple

Opt = namedtuple("Opt", "a b c", defaults=[2, 3])
print(Opt(1), Opt(1, 5), Opt(1, c=9), Opt._field_defaults)
R = namedtuple("R", ["ok", "def", "_private", "ok", "1x"], rename=True)
print(R._fields)
M = namedtuple("M", "v", module="mymod")
print(M.__module__)
for args in ((), (1, 2, 3, 4), (1,)):
    try:
        Opt(*args) if args != (1,) else Opt(1, a=2)
    except TypeError:
        print("TypeError", len(args))
try:
    Opt(1, d=4)
except TypeError:
    print("TypeError unexpected keyword")
bad = [
    ("T", "a a"),
    ("T", "_a"),
    ("T", "a def"),
    ("1T", "a"),
    ("T", "a-b"),
]
for name, fields in bad:
    try:
        namedtuple(name, fields)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple("T", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    Opt._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    Opt(1)._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
