# yield as an expression in various positions
def g():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    z = [(yield i) for i in range(2)]
    print("z =", z)
it = g()
print(next(it))
print(it.send("first"))
print(it.send(41))
print(it.send("a"))
try:
    it.send("b")
except StopIteration:
    print("done")
def lst():
    return [(yield 1), (yield 2)]
it = lst()
print(next(it), it.send("p"))
try:
    it.send("q")
except StopIteration as e:
    print(e.value)
