# hash of ints and tuples of ints
print(hash(0), hash(1), hash(-1), hash(-2), hash(100), hash(2 ** 61 - 2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100) == hash(2 ** 100), hash(True), hash(False))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash(1) == hash(1.0), hash(5) == hash(5.0))
for bad in ([], {}, set(), [1, 2], (1, [2])):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
