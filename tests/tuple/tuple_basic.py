# tuples
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], (), (5,), 5, tuple(), tuple([1, 2]), tuple("ab"))
print(t + (4,), t * 2, 2 in t, t.index(3), t.count(1), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
a, b, c = t
print(a, b, c)
x = 1, "y"
print(x, type(x).__name__)
print((1, [2, 3]), ((1,),), repr((None,)))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
u = ([],)
u[0].append(1)
print(u)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
