# set algebra
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([1, 7])))
print(a <= a, {1} < a, a < a, a >= {2, 3}, a > b, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
print(a == {4, 3, 2, 1}, a != b, {1} == frozenset([1]))
c = set(a)
c |= {7}
c &= {1, 2, 7}
c -= {2}
c ^= {8, 1}
print(sorted(c))
c.intersection_update({7, 8, 9})
print(sorted(c))
c.difference_update({7})
print(c)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
