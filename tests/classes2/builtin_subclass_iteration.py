# Iterating an instance of a builtin subclass: the builtin's own iteration
# comes before the sequence protocol over a user __getitem__, and merging
# a dict subclass reads its storage unless it overrides __iter__.
class Shouting(list):
    def __getitem__(self, i):
        return "item"


s = Shouting([1, 2, 3])
print(list(s), [x for x in s], tuple(s), sorted(s), s[0], s[5])
a, b, c = s
print(a, b, c, *s)
print(sum(s), max(s), 2 in s, list(zip(s, "xyz")), list(enumerate(s)))


class Reversed(list):
    def __iter__(self):
        return iter(list.__getitem__(self, slice(None, None, -1)))


r = Reversed([1, 2, 3])
print(list(r), [x for x in r], tuple(r))


class Pair(tuple):
    def __getitem__(self, i):
        return -1


print(list(Pair((4, 5))), Pair((4, 5))[0])


class Loud(str):
    def __getitem__(self, i):
        return "!"


print(list(Loud("ab")), Loud("ab")[0])


class Counting(int):
    # An int has no iteration of its own: the sequence protocol applies.
    def __getitem__(self, i):
        if i >= self:
            raise IndexError(i)
        return i * 10


print(list(Counting(3)))


class Values(dict):
    def __getitem__(self, key):
        return "value"

    def keys(self):
        return ["ignored"]


v = Values(a=1, b=2)
print(sorted(dict(v).items()), sorted({**v}.items()), v["a"])
merged = {}
merged.update(v)
print(sorted(merged.items()))


def show(**kwargs):
    return sorted(kwargs.items())


print(show(**v))


class OwnIter(dict):
    def __iter__(self):
        return iter(["a"])

    def __getitem__(self, key):
        return "own " + key

    def keys(self):
        return ["a"]


o = OwnIter(a=1, b=2)
print(dict(o), {**o}, show(**o))


class Bag(set):
    def __contains__(self, item):
        return True


print(sorted(Bag({3, 1, 2})), 99 in Bag())
