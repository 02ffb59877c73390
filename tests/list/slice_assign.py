# slice assignment and deletion
a = list(range(8))
a[2:4] = ["a", "b", "c"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:6] = []
print(a)
a[::2] = "WXYZ"
print(a)
a[:] = [1, 2, 3]
print(a)
a[1:2] = range(3)
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
del b[:]
print(b)
c = list(range(6))
c[::-2] = [10, 20, 30]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
d = [1, 2, 3]
d[5:10] = [9]
print(d)
d[-10:1] = [0]
print(d)
e = [1, 2, 3]
e[1:1] = e
print(e)
