# iteration over ranges
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
r = range(4)
print(list(r), list(r), [i * i for i in r], sum(r), list(zip(r, r[1:])))
print(list(enumerate(range(10, 13))), sorted(range(5), reverse=True))
for i in range(10, 0, -3):
    print(i, end=" ")
print()
print(list(range(-2 ** 63, -2 ** 63 + 3)), list(range(2 ** 63 - 2, 2 ** 63 + 1)))
