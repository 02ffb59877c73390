# set comprehensions
print(sorted({x % 4 for x in range(20)}))
print(sorted({c.lower() for c in "HeLLo"}))
print({x for x in range(5) if x > 3})
print(sorted({(x, y) for x in range(2) for y in range(2)}))
print(len({i // 2 for i in range(100)}))
