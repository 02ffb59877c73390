a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
p, *q, r = range(5)
print(p, q, r)
x = y = z = 7
print(x, y, z)
l = [1, 2, 3]
l[0], l[1] = l[1], l[0]
print(l)
print([*l, *"ab"], (*l,), sorted({*l}), {**{"a": 1}, "b": 2})
d = {}
d["k"] = 1
d["k"] += 5
print(d)
class O: pass
o = O()
o.attr = 1
o.attr += 1
print(o.attr)
lst = list(range(10))
lst[2:5] = ["x"]
print(lst)
del lst[0]
del lst[-2:]
print(lst)
del o.attr
print(hasattr(o, "attr"))
v = 1
del v
try:
    v
except NameError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
m = [[0] * 2 for _ in range(2)]
m[1][0] = 5
print(m)
s = [1, 2, 3, 4, 5]
print(s[1:4:2], s[::2], s[:-1])
