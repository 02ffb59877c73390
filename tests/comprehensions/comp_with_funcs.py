# comprehensions calling functions, methods and nested lambdas
words = ["Alpha", "beta", "GAMMA", "delta"]
print([w.lower() for w in words], [len(w) for w in words], [w[::-1] for w in words if w.islower()])
print({w: sorted(w.lower()) for w in words[:2]})
fns = [lambda x, k=k: x ** k for k in range(4)]
print([f(2) for f in fns], [[f(b) for f in fns] for b in (1, 3)])
print(list(map(lambda p: p[0] * p[1], [(a, b) for a in range(3) for b in range(3) if a < b])))
