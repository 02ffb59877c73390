def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(4)))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def delegate():
    r = yield from gen(3)
    yield "done"
print(list(delegate()))
def inner():
    yield 1
    return "inner result"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
print(sum(x for x in range(10) if x % 2))
ge = (x * 2 for x in [1, 2, 3])
print(next(ge), list(ge))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in with_finally():
    print(v)
