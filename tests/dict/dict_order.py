# insertion order is preserved, including after deletion and reinsertion
d = {}
for k in ("z", "a", "m", "b"):
    d[k] = len(d)
print(d, list(d), list(d.values()))
del d["a"]
print(d)
d["a"] = 99
print(d)
d["z"] = -1
print(d)
d.pop("m")
d["q"] = 5
print(list(d.items()))
e = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    del e[i]
e[0] = "back"
print(list(e))
f = {3: "c", 1: "a", 2: "b"}
print(f, sorted(f), {k: f[k] for k in sorted(f)})
