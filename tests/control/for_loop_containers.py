# for loops and all/any/sum over every kind of builtin container, and how
# they behave when the container changes while iterated
import array
from collections import deque


def items(iterable):
    out = []
    for x in iterable:
        out.append(x)
    return out


print(items(b"ab\x00\xff"))
print(items(bytearray(b"xyz")))
print(items(array.array("h", [-1, 2, 300])))
print(items(array.array("d", [0.5, 1.5])))
print(items("héllo wörld ✓"))
print(items(""))
print(items({"a": 1, "b": 2, "c": 3}))
print(sorted(items({3, 1, 2})))
print(sorted(items(frozenset((5, 4)))))
print(items(deque([1, 2, 3])))
print(items(memoryview(b"mv")))
print(items({}.keys()), items({1: 2}.values()), items({1: 2}.items()))


def gen():
    yield "g1"
    yield "g2"


print(items(gen()))
print(items(x * 2 for x in (1, 2, 3)))

# a list that grows while iterated yields the new items
grow = [1, 2, 3]
seen = []
for x in grow:
    seen.append(x)
    if x < 3:
        grow.append(x + 10)
print(seen)

# a bytearray that shrinks stops early
shrink = bytearray(b"abcdef")
seen = []
for b in shrink:
    seen.append(b)
    del shrink[-1]
print(seen)

# dicts and sets may not change size while iterated
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
# changing values (not the size) is allowed
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 100
print(d)

# break, else and nested loops over the same container
word = "abc"
pairs = []
for a in word:
    for b in word:
        if b == a:
            break
        pairs.append(a + b)
    else:
        pairs.append("never")
print(pairs)
for x in {}:
    print("empty dict")
else:
    print("else after an empty dict")

# all, any, sum over the same kinds
print(all(b"\x01\x02"), all(b"\x01\x00"), any(bytearray(2)), any(b"\x00\x05"))
print(all("abc"), any(""), all({1: 0}), any({0: 1}), all({0, 1}), any(frozenset()))
print(sum(b"\x01\x02\x03"), sum(array.array("i", [10, 20])), sum({1: "a", 2: "b"}))
print(sum({1.5, 2.5}), sum((x for x in range(4)), 100), sum(deque([1, 2])))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
try:
    sum("ab")
except TypeError as e:
    print("TypeError:", e)
d = {1: 1}
def mutate(x):
    d[x + 1] = 0
    return True
try:
    all(mutate(k) for k in d)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    any(1)
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 7


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


print(items(Seq()), sum(Seq()), all(Seq()), items(It()), sum(It()), any(It()))
