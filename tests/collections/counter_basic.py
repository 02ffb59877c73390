from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()))
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract(a=100)
print(c)
del c["nothere"]
del c["z"]
print(c)
print(Counter(), Counter(a=2, b=1), Counter({"x": 3}))
print(Counter("aab") == Counter("aba"), Counter("a") == Counter("b"))
