# return values of generators
def g():
    yield 1
    yield 2
    return "done"
it = g()
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("second time:", e.value)
def h():
    return 42
    yield
try:
    next(h())
except StopIteration as e:
    print(e.value)
