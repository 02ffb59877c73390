from collections import defaultdict

groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(groups)
print(groups["z"], len(groups), "z" in groups, "q" in groups)
counts = defaultdict(int)
for c in "mississippi":
    counts[c] += 1
print(sorted(counts.items()))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(list, a=[1]))
none = defaultdict()
try:
    none["missing"]
except KeyError as e:
    print("KeyError", e)
print(none.get("missing"), none.default_factory)
try:
    defaultdict("notcallable")
except TypeError as e:
    print("TypeError:", e)
c = counts.copy()
print(type(c).__name__, c.default_factory, c == counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], isinstance(nested, dict))
