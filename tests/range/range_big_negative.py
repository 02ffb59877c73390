# ranges with big bounds and negative steps
r = range(2 ** 64, -(2 ** 64), -(2 ** 63))
print(list(r), len(r), r[1], r[-1], 0 in r, 1 in r)
print(list(reversed(range(1, 10, 4))), list(reversed(range(10, 1, -4))), list(reversed(range(0))))
print(range(-5, 5, 3)[::-1], list(range(-5, 5, 3)[::-1]))
print(range(0, -10, -1)[3], range(0, -10, -1).index(-7), len(range(-1, -10, -2)))
