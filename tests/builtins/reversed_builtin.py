# reversed
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1,))))
print(list(reversed(range(0, 10, 3))), list(reversed({"a": 1, "b": 2})), list(reversed([])))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i
print(list(reversed(Rev())))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
