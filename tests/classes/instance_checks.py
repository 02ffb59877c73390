# isinstance and issubclass with builtin types and tuples
checks = [(1, int), (1, float), (1.0, float), (True, int), ("s", str), (b"", bytes),
          ([], list), ((), tuple), ({}, dict), (set(), set), (None, type(None)), (int, type),
          (len, object), (1, (str, int)), ([], (tuple, dict))]
for obj, typ in checks:
    print(repr(obj) if not isinstance(obj, type) else obj.__name__, isinstance(obj, typ))
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(type, object), type(type).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
