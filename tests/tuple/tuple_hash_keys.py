# tuples as dict keys and in sets
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid, len(grid))
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), sorted(s))
nested = {((1, 2), (3,)): "deep"}
print(nested[((1, 2), (3,))])
try:
    {(1, [2]): 0}
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, (2, 3))) == hash((1, (2, 3))), (1, 2) == (1.0, 2.0), {(1, 2): "a"}[(1.0, 2.0)])
