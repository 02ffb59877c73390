# comprehensions that create closures
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [(lambda j: lambda: j)(i) for i in range(3)]
print([g() for g in gs])
def outer(n):
    return [lambda x, k=k: x * k for k in range(n)]
print([f(10) for f in outer(3)])
def counter():
    total = 0
    def add(vals):
        nonlocal total
        total += sum(v for v in vals)
        return total
    return add
c = counter()
print(c([1, 2]), c(x * 2 for x in range(3)))
