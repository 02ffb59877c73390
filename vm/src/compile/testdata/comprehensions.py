print([x * x for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print(sorted({x: x * x for x in range(4)}.items()))
x = "outer"
print([x for x in "ab"], x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
print([[j for j in range(i)] for i in range(4)])
print([n for n in range(20) if (m := n * n) > 50][:3], m)
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
