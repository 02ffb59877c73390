# mutating a list while iterating
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
out = []
for x in b:
    out.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(out, b)
c = list(range(10))
c[:] = [v for v in c if v % 3]
print(c)
d = [5, 4, 3]
i = 0
while i < len(d):
    if d[i] == 4:
        del d[i]
    else:
        i += 1
print(d)
