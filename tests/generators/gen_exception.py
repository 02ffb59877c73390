# exceptions raised inside generators propagate to the consumer
def g():
    yield 1
    raise ValueError("from generator")
    yield 2
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caught", e)
print(next(it, "exhausted after error"))
def safe(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(safe([1, 0, 5, 0])))
def finally_gen():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator finally")
for v in finally_gen():
    print(v)
for v in finally_gen():
    print(v)
    break
print("after break")
