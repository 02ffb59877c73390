# deque subclasses: their own __init__, methods and repr name
from collections import deque


class History(deque):
    def __init__(self, size):
        super().__init__((), size)

    def latest(self):
        return self[-1]


h = History(3)
for i in range(5):
    h.append(i)
print(h, h.latest(), len(h), h.maxlen, isinstance(h, deque))
print(list(h), 3 in h, h == deque([2, 3, 4]))
h.rotate(1)
print(h, h.popleft())


class Plain(deque):
    pass


p = Plain("abc")
p.appendleft("z")
print(p, p.maxlen, type(p).__name__)
deque.append(p, "q")
print(p)
