# tuple and sequence unpacking
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
p, *q = (1,)
print(p, q)
[m, n] = "xy"
print(m, n)
for i, (c, d) in enumerate([("a", 1), ("b", 2)]):
    print(i, c, d)
for bad in ([1, 2, 3], [1]):
    try:
        u, v = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *"xy"], (*[1], 2))
