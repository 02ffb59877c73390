# generator expressions are lazy and single-use
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 2]))
log = []
def src():
    for i in range(3):
        log.append("produce %d" % i)
        yield i
g2 = (v * 10 for v in src())
print(log)
print(next(g2), log)
print(list(g2), log)
print(sorted(c for c in "hello" if c != "l"), tuple(i for i in range(3)), "-".join(str(i) for i in range(4)))
it = iter([1, 2, 3])
first = (x for x in it)
print(next(first), next(it), list(first))
