# the first iterable of a generator expression is evaluated immediately
x = [1, 2, 3]
g = (v * 10 for v in x)
x = [7]
print(list(g))
def make():
    items = [1, 2]
    g = (i + j for i in items for j in items)
    items.append(3)
    return list(g)
print(make())
try:
    g2 = (v for v in 5)
except TypeError as e:
    print("immediate:", type(e).__name__, e)
g3 = (1 / v for v in [1, 0])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print("lazy:", type(e).__name__)
