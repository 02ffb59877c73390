# for loops over range(), lists and tuples: CPython's semantics in every case
for i in range(3):
    print(i, end=" ")
for i in range(5, -5, -3):
    print(i, end=" ")
for i in range(0):
    print("never")
print()
# bounds beyond small ints, and big steps
for i in range(2**62, 2**62 + 2):
    print(i - 2**62, end=" ")
for i in range(0, 2**70, 2**69):
    print(i, end=" ")
print()
# errors are range's own
for args in ((1.5,), (1, 2, 0), ("a", 3)):
    try:
        for i in range(*args):
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    for i in range(1, 2, 0):
        pass
except ValueError as e:
    print("ValueError", e)
# the loop variable keeps its last value; break and else
for i in range(4):
    pass
print(i)
for i in range(10):
    if i == 3:
        break
else:
    print("not reached")
print(i)
# a list that grows during the loop yields the new items
items = [1, 2]
for x in items:
    if x < 5:
        items.append(x + 2)
print(items)
# a list that shrinks stops early
items = [1, 2, 3, 4]
seen = []
for x in items:
    seen.append(x)
    if len(items) > 2:
        items.pop()
print(seen)
# nested loops, tuple unpacking, generators
total = 0
for a, b in [(1, 2), (3, 4)]:
    for j in range(a, b + 1):
        total += j
print(total)
def gen():
    for t in (10, 20):
        for i in range(2):
            yield t + i
print(list(gen()))
# a range name that is not the builtin is called as written
def shadow():
    range = lambda n: ["x"] * n
    return [v for v in range(2)] + [v for v in (1,)]
print(shadow())
class R:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter([self.n] * 2)
range_saved = range
range = R
for v in range(7):
    print(v, end=" ")
range = range_saved
print()
# range objects and other iterables still work
r = range(3)
for i in r:
    print(i, end=" ")
for c in "hi":
    print(c, end=" ")
for k in {"a": 1, "b": 2}:
    print(k, end=" ")
print()
