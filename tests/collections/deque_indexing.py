# indexing, assignment, deletion, insert and remove, in any ring position
from collections import deque

d = deque(range(6), 6)
d.append(6)  # the ring now starts mid-buffer
d.append(7)
print(d, d[0], d[-1], d[3])
d[0] = "a"
d[-1] = "z"
print(d)
del d[1]
print(d)
del d[-2]
print(d)
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("x")
print(d)
for bad in (100, -100):
    try:
        d[bad]
    except IndexError as e:
        print("IndexError:", e)
    try:
        d[bad] = 0
    except IndexError as e:
        print("IndexError:", e)
    try:
        del d[bad]
    except IndexError as e:
        print("IndexError:", e)
for key in ("1", 1.0, slice(0, 1)):
    try:
        d[key]
    except TypeError as e:
        print("TypeError:", e)
try:
    d.remove("nothere")
except ValueError as e:
    print("ValueError:", e)
