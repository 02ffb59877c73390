# enumerate and zip
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate([])), list(enumerate(range(3), 2 ** 64)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", "cd", "ef")))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
