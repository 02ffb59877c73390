# repr of builtin values
for v in (1, -1.5, "s", 'q"', "it's", b"\x00a", [1, "a"], (1,), (), {"k": [1]}, {5}, None, True,
          range(3), range(1, 5, 2), 1e100, [[]], frozenset(), set(), bytearray(b"z"), slice(1, None), Ellipsis, NotImplemented):
    print(repr(v))
print(repr(int), repr(str), repr(ValueError), repr(len))
