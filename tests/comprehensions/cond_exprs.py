# conditions and expressions inside comprehensions
data = [3, -1, 0, 7, -5, 2]
print([v for v in data if v > 0], [v if v > 0 else 0 for v in data])
print([abs(v) for v in data if v], [(i, v) for i, v in enumerate(data) if i % 2])
print({v: "pos" if v > 0 else "non-pos" for v in data})
words = ["apple", "Bob", "kayak", "level", "Zed"]
print([w for w in words if w == w[::-1]], [w.lower() for w in words if w[0].isupper()])
print([len(w) for w in words if len(w) > 3 if "e" in w])
