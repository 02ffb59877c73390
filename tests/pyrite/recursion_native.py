# recursion through a builtin (sorted with a key function) is also caught
def key(x):
    return sorted([x, x + 1], key=key)[0]
try:
    sorted([1, 2], key=key)
except RecursionError:
    print("caught through sorted")
class R:
    def __repr__(self):
        return repr([self])
try:
    repr(R())
except RecursionError:
    print("caught through repr")
def mapper(x):
    return list(map(mapper, [x]))
try:
    mapper(0)
except RecursionError:
    print("caught through map")
print(sorted([3, 1, 2], key=lambda v: -v))
