# sets; multi-element sets are printed sorted
s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 2 in s, 5 in s, 5 not in s)
s.add(10)
s.add(1)
print(sorted(s))
s.discard(99)
s.discard(10)
s.remove(3)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(set(), set([1]), {5}, set("a"), len(set("hello")), sorted(set("hello")))
x = {1}
print(x.pop(), x)
try:
    x.pop()
except KeyError as e:
    print(type(e).__name__, e)
t = {1, 2}
t.update([3, 4], (5,))
print(sorted(t))
t.clear()
print(t)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
