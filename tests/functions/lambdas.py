# lambda expressions
sq = lambda x: x * x
print(sq(5), (lambda: "noargs")(), (lambda a, b=2: a + b)(1), (lambda *a, **k: (a, k))(1, z=2))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print((lambda x: (lambda y: x * y))(3)(4))
print(sq.__name__, type(sq).__name__)
