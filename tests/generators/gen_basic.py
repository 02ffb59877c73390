# generator functions
def count(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
g = count(2)
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(count(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def multi():
    yield 1
    yield "two"
    yield [3]
print(list(multi()), tuple(multi()))
def empty():
    return
    yield
print(list(empty()))
