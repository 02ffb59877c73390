# enumerate details
e = enumerate("abc", 10)
print(type(e).__name__, next(e), list(e))
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
print(dict(enumerate("ab")), list(enumerate(range(3), start=-1)))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
