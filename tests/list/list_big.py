# larger lists: growth, bulk operations, and many pops
a = []
for i in range(1000):
    a.append(i)
print(len(a), a[0], a[-1], sum(a))
while len(a) > 10:
    a.pop()
print(a)
b = list(range(500))
del b[100:400]
print(len(b), b[99:102])
c = [0] * 1000
c[500] = 1
print(c.index(1), c.count(0))
d = list(range(300))
d.reverse()
d.sort()
print(d == list(range(300)))
e = [i % 7 for i in range(200)]
e.sort(reverse=True)
print(e[:10], e[-10:])
