# bool values and truthiness
print(True, False, not True, not False, bool(), bool(0), bool(1), bool(-1))
for v in (0, 1, 0.0, 0.1, "", "a", [], [0], (), (None,), {}, {0: 0}, None, range(0), range(1), b"", b"\x00"):
    print(repr(v), bool(v))
print(type(True).__name__, isinstance(True, int), issubclass(bool, int))
print(str(True), repr(False), int(True), float(False))
print(True and 5, False or "x", True and 0, None or 0 or "last")
