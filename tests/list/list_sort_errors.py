# errors raised during sort
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
def bad_key(x):
    if x == 2:
        raise ValueError("bad key %d" % x)
    return x
a = [3, 2, 1]
try:
    a.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(a))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], 5)
except TypeError as e:
    print(type(e).__name__, e)
