# isinstance across type families
vals = [0, 0.0, "", b"", [], (), {}, set(), None, True, len]
types = [int, float, str, bytes, list, tuple, dict, set, bool, object]
for v in vals:
    print(repr(v) if v is not len else "len", [t.__name__ for t in types if isinstance(v, t)])
print(isinstance(1, (float, (str, int))))
