# iter() and next() with defaults, and the two-argument iter
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
print(iter(it) is it)
data = [1, 2, 3, 0, 4]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(list(s), list(s))
