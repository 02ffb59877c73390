# many deletions and reinsertions keep the order consistent
d = {}
for i in range(20):
    d[i] = i * i
for i in range(0, 20, 2):
    del d[i]
for i in range(0, 20, 4):
    d[i] = "again"
print(list(d.items()))
while len(d) > 5:
    d.popitem()
print(d)
k = next(iter(d))
d[k] = d.pop(k)
print(d)
for i in range(100):
    d["tmp"] = i
    del d["tmp"]
print(d, len(d))
