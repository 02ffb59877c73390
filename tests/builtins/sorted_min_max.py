# sorted, min and max with key, default and reverse
data = [("b", 3), ("a", 5), ("c", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(min(data), max(data), min(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]))
print(min(3, 1, 2), max(3, 1, 2), min("b", "a"), max([1, 5], [1, 2]), min("hello"))
print(max([], default="none"), min([], default=0), max([7], default=0))
print(max([1, 3, 3, 2], key=lambda v: v % 3), min(["bb", "a", "cc", "d"], key=len), max(["bb", "a", "cc"], key=len))
print(sorted({"b": 1, "a": 2}), sorted("cba", reverse=True), sorted([3, 1, 2], key=None))
for bad in (lambda: max(), lambda: min(1), lambda: max([]), lambda: min(1, 2, default=0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
