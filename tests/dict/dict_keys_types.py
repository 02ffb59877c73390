# keys of many hashable types; equal numbers are the same key
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[2 ** 100] = "big"
d[(1, 2)] = "tuple"
d["1"] = "str"
d[None] = "none"
d[frozenset([1])] = "fs"
d[b"1"] = "bytes"
print(len(d), d[1], d[2 ** 100], d[(1, 2)], d["1"], d[None], d[frozenset({1})], d[b"1"])
print(d.get(2.0 ** 100), d.get(0), (1, 2) in d, [1, 2] in d if False else "skip")
d2 = {-1: "a", -2: "b", 0: "c"}
print(d2[-1], d2[-2], d2[0], d2)
