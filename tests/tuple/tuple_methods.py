# tuple methods and conversions
t = (3, 1, 3, 2, 3)
print(t.count(3), t.count(9), t.index(3), t.index(3, 1), t.index(3, 3), t.index(2, -2))
try:
    t.index(3, 5)
except ValueError as e:
    print(type(e).__name__, e)
print(tuple(sorted(t)), tuple(reversed(t)), tuple(set(t)) == tuple(sorted(set(t))) or True)
print(list(t), tuple(x * 2 for x in t), t[1:4], t[::-2], len(t), min(t), max(t), sum(t))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][1], len(nested), nested + ((6,),))
