# send() into generators
def averager():
    total = 0
    n = 0
    avg = None
    while True:
        value = yield avg
        total += value
        n += 1
        avg = total / n
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
def g():
    x = yield 1
    print("received", x)
    y = yield x * 2
    print("received", y)
it = g()
print(it.send(None))
print(it.send(5))
try:
    it.send("last")
except StopIteration:
    print("stopped")
try:
    g().send(1)
except TypeError as e:
    print(type(e).__name__, e)
