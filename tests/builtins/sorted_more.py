# sorted of many iterables returns new lists
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted(range(5, 0, -2)))
print(sorted(x * x for x in [-3, 1, 2]), sorted({"b": 1, "a": 2}.items()), sorted(set("cba")))
lst = [3, 1, 2]
s = sorted(lst)
print(lst, s, s is lst)
print(sorted([[2, 1], [1, 2], [1]]), sorted([1.5, 1, True, 0.5]))
print(sorted(["b", "a"], key=lambda s: s, reverse=False), sorted([], reverse=True))
