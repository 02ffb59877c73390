# keys, values and items views are live
d = {"one": 1, "two": 2, "three": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k))
d["four"] = 4
print(list(k), list(v), list(it))
print("two" in k, 2 in v, ("two", 2) in it, ("two", 3) in it)
print(sorted(k & {"one", "five"}), sorted(k | {"x"}), sorted(k - {"one"}))
del d["one"]
print(list(k), len(v))
for key, val in d.items():
    print(key, val)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
