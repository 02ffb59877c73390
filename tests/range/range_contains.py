# membership tests on ranges
r = range(-10, 10, 3)
print([x for x in range(-12, 12) if x in r])
print(list(r))
n = range(10, 0, -2)
print([x for x in range(0, 12) if x in n])
print(2 ** 70 in range(0, 2 ** 71, 2), 2 ** 70 + 1 in range(0, 2 ** 71, 2))
print(True in range(2), 1.0 in range(2), 1.5 in range(2), None in range(2))
print(range(3).count(1), range(3).count(5), range(0, 10, 2).index(8))
