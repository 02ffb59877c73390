# sort and sorted, key and reverse, stability
a = [5, 2, 8, -1, 0, 2]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Date", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
recs.sort(key=lambda r: r[1])
print(recs)
print(sorted([]), sorted([1]), sorted("cba"), sorted((3, 1, 2), reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
b = [3, 1, 2]
print(b.sort(), b)
