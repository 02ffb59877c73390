# extended-slice assignment and deletion with negative steps
a = list(range(10))
a[::-3] = "wxyz"
print(a)
b = list(range(10))
del b[::-2]
print(b)
c = list(range(10))
del c[-2::-3]
print(c)
d = list(range(6))
d[4:1:-1] = ["a", "b", "c"]
print(d)
e = list(range(6))
e[::-1] = e
print(e)
f = list(range(5))
f[5:0:-2] = [9, 9]
print(f)
try:
    f[::-1] = [1]
except ValueError as e2:
    print(type(e2).__name__, e2)
g = list(range(4))
g[10:] = [1]
g[:-10] = [2]
print(g)
