# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("x"), d.get("x", 0), d.setdefault("a", 5), d.setdefault("c", 3), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
c.clear()
print(c, len(c))
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", (1, 2))))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
print(d | {"new": 1}, {"a": 1} | {"a": 2})
d |= {"a": 0}
print(d)
