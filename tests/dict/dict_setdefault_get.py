# setdefault and get patterns for grouping
groups = {}
for word in "apple avocado banana blueberry cherry apricot".split():
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
d = {}
print(d.setdefault("k"), d)
print(d.get("k", "dflt"), d.get("missing"), {"a": None}.get("a", 5))
