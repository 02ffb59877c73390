# aliasing, shallow copies and nested mutation
a = [[1, 2], [3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append([4])
a[0].append(99)
print(a, b, c, d, e)
print(c[0] is a[0], c is a, b is a)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
bad = [[0] * 3] * 3
bad[0][0] = 1
print(grid, bad)
