# nested comprehensions and multiple for/if clauses
print([(i, j) for i in range(4) if i % 2 == 0 for j in range(i) if j != 1])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
grid = [[1, 2], [3, 4], [5, 6]]
print([v for row in grid for v in row], sum(v for row in grid for v in row))
print({i: [c for c in "abc"[:i]] for i in range(4)})
print([x for x in [y * 2 for y in range(5)] if x > 3])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
