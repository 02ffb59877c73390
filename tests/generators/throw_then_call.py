# A generator that catches a thrown exception and then calls functions
# keeps all its registers: the callee's return must not cut the
# generator's register window short.

def f(x):
    return x + 1

def gen():
    a = 1
    try:
        yield 1
    except ValueError:
        a = f(2)
        b, c, d, e = 1, 2, 3, 4
        yield (a, b, c, d, e, f(a) + e)
    try:
        yield "again"
    except KeyError as error:
        w, x, y, z = "w", "x", "y", "z"
        total = sum([f(n) for n in range(4)])
        yield (str(error), w + x + y + z, total, f(total))
    yield "done"

g = gen()
print(next(g))
print(g.throw(ValueError))
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))

# Thrown into while suspended in a nested loop: the handler calls out.
def counter():
    for i in range(3):
        for j in range(2):
            try:
                yield i, j
            except RuntimeError:
                yield "caught", f(i) * 10 + f(j), [f(k) for k in range(i + 1)]

g = counter()
print(next(g), next(g))
print(g.throw(RuntimeError))
print(list(g))
