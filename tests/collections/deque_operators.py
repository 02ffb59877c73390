# in, ==, <, +, *, +=, *=, repr of nesting, hash
from collections import deque

a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(2 in a, 5 in a, a == deque([1, 2, 3]), a == [1, 2, 3], a != b)
print(a < b, a <= b, a > b, b >= a, deque() < a, deque([1, 2]) < a)
print(deque([1], 5) == deque([1]))
print(a + b, a * 2, 2 * a, a * 0, a * -1)
print(deque([1, 2], 3) + deque([3, 4]), deque([1, 2], 3) * 2)
c = deque([0])
c += [1, 2]
c += (3,)
c += range(4, 6)
print(c)
c *= 2
print(c)
m = deque([1, 2], 3)
m *= 3
print(m)
for op in (lambda: a + [1], lambda: a < [1], lambda: a * "x", lambda: hash(a)):
    try:
        op()
    except TypeError as e:
        print("TypeError")
r = deque([1])
r.append(r)
print(r)
print(deque([[1, 2], (3,), "s", None]))
