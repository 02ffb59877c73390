# len of many containers
print(len(""), len("abc"), len("日本"), len(b"ab"), len([1, 2]), len(()), len({"a": 1}), len({1, 2}), len(range(10)), len(bytearray(4)), len(frozenset([1])))
for bad in (5, 1.5, None, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
