# list comprehensions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ("ab", "cd")])
print([x if x % 2 else -x for x in range(6)])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([y for row in m for y in row if y != 4])
x = "outer"
print([x for x in "ab"], x)
print([i for i in []], [n * 2 for n in [10]])
