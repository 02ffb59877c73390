# nonlocal updated from loops and multiple inner functions
def stats():
    count = 0
    total = 0
    def add(x):
        nonlocal count, total
        count += 1
        total += x
    def mean():
        return total / count if count else None
    return add, mean
add, mean = stats()
print(mean())
for v in (2, 4, 9):
    add(v)
print(mean())
def make_fib():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
f = make_fib()
print([f() for _ in range(10)])
def toggler():
    state = False
    def t():
        nonlocal state
        state = not state
        return state
    return t
t = toggler()
print(t(), t(), t())
