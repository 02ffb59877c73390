# more set methods and edge cases
s = set(range(5))
c = s.copy()
c.add(99)
print(sorted(s), sorted(c), s == c, s < c)
print(sorted(s.union()), sorted(s.intersection(range(3), range(2, 8))), sorted(s.difference()))
s.symmetric_difference_update({0, 10})
print(sorted(s))
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == frozenset(), len(set([None, None])))
print(sorted({(1, 2), (1, 2), (2, 1)}), sorted({"b", "a"}), sorted({1.0, 1, True, 2}))
print(sorted(set("mississippi")), sorted(frozenset("abc") & set("bcd")))
e = set()
e.update()
print(e, bool(e), bool({0}))
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
x = {1, 2, 3}
for v in sorted(x):
    x.discard(v)
print(x)
