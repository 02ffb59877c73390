# append/appendleft/pop/popleft at both ends, growth past the first buffer
from collections import deque

d = deque()
for i in range(10):
    d.append(i)
    d.appendleft(-i)
print(d, len(d))
print(d.pop(), d.popleft(), d.pop(), d.popleft())
print(list(d))
while d:
    d.popleft()
print(d, bool(d), len(d))
for f in (d.pop, d.popleft):
    try:
        f()
    except IndexError as e:
        print("IndexError:", e)
# interleaved pushes and pops wrap around the ring many times
d = deque()
total = 0
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        total += d.popleft()
print(len(d), d[0], d[-1], total)
