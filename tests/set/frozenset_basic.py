# frozenset is immutable and hashable
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 1 in f, type(f).__name__, frozenset())
g = f | {4}
print(type(g).__name__, sorted(g))
print(type({4} | f).__name__)
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(hasattr(f, "add"), frozenset(f) == f)
try:
    f.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
