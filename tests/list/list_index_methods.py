# index with start and stop, count with mixed types
a = [1, 2, 3, 1, 2, 3, 1.0]
print(a.index(1), a.index(1, 1), a.index(1, 4), a.index(3, -3), a.index(2, 0, 2))
print(a.count(1), a.count(1.0), a.count(True), a.count("1"))
for args in ((4,), (1, 1, 3), (3, -2)):
    try:
        a.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
b = [[1], [1], (1,)]
print(b.count([1]), b.index((1,)), [None, None].index(None))
