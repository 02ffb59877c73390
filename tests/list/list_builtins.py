# builtins over lists
a = [4, -2, 7, 0, 7]
print(len(a), sum(a), min(a), max(a), sorted(a), list(reversed(a)))
print(any(a), all(a), any([]), all([]), a.count(7))
print(list(enumerate(a, 1)), list(zip(a, "abcde")))
print(list(map(abs, a)), list(filter(None, a)), list(filter(lambda v: v > 0, a)))
