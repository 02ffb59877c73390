# type() and the builtin constructors
for v in (1, 1.0, "s", b"b", [], (), {}, set(), None, True, range(1), len, type):
    print(type(v).__name__, end=" ")
print()
print(str(12), int("12"), float("1.5"), bool("x"), list("ab"), tuple([1, 2]), dict(a=1), sorted(set([2, 1])))
print(list(), tuple(), dict(), set(), str(), int(), float(), bool(), frozenset())
print(list({"a": 1, "b": 2}.items()), tuple(range(3)), dict([("x", 1)]), set((1,)))
print(type(5) == int, type("a")("x"), type([])((1, 2)), int.__name__, type(int).__name__)
Dyn = type("Dyn", (), {"attr": 7})
print(Dyn.__name__, Dyn().attr)
