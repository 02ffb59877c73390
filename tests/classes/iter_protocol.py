# classes implementing __iter__ / __next__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
for x in c:
    print("got", x)
print(list(c))
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for d in self.data:
            yield d * 2
r = Reusable([1, 2, 3])
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
print(list(zip(Countdown(3), Reusable("ab"))), dict(zip("xy", Countdown(2))))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
