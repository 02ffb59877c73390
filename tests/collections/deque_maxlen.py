# a bounded deque drops items from the opposite end
from collections import deque

d = deque(range(10), 3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft("ab")
print(d)
print(deque(maxlen=0), deque("abc", maxlen=0))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
print(deque([1, 2]).maxlen)
try:
    deque([], -1)
except ValueError as e:
    print("ValueError:", e)
try:
    deque([], "3")
except TypeError as e:
    print("TypeError:", e)
try:
    deque([1, 2], 2).insert(0, 9)
except IndexError as e:
    print("IndexError:", e)
print(deque(iterable=[1, 2, 3], maxlen=2))
