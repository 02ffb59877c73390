# dict comprehensions
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 3: x for x in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
words = "the cat and the hat and the bat".split()
print({w: words.count(w) for w in words})
