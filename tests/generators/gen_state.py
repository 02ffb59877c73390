# generator state and local variables survive across yields
def running():
    total = 0
    items = []
    while True:
        x = yield total, list(items)
        items.append(x)
        total += x
r = running()
print(next(r))
for v in (5, 10, 15):
    print(r.send(v))
def interleave(*iters):
    its = [iter(i) for i in iters]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
def running_gen():
    yield 1
g = running_gen()
print(list(g), list(g))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
