# iteration, equality and misc operations
d = {"b": 2, "a": 1}
for k in d:
    print(k, d[k])
print(d == {"a": 1, "b": 2}, d != {"a": 1}, list(reversed(d)), len(d), "a" in d, 1 in d)
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(max(d), min(d, key=d.get), sum(d.values()))
dd = {}
for ch in "mississippi":
    dd[ch] = dd.get(ch, 0) + 1
print(dd)
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested)
try:
    d < d
except TypeError as e:
    print(type(e).__name__, e)
big = {i: i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), sum(big), list(big)[:5], list(big)[-3:])
