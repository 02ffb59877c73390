# float comparisons and equality with ints
print(1.0 == 1, 1.5 > 1, -0.0 == 0.0, 0.1 + 0.2 > 0.3)
print(2.0 ** 53 == 2 ** 53, 2.0 ** 53 + 1 == 2 ** 53 + 1)
print(1e16 < 10 ** 16 + 1, float(10 ** 16) == 10 ** 16)
print(sorted([3.5, -1, 2, 0.0, -2.5, 10]))
print(max(1, 2.0), min(2.0, 1), max(1.0, 1), max(1, 1.0))
print(2 ** 1000 > 1e300, 2 ** 1100 > 1e308, -(2 ** 1100) < -1e308)
print(1 < 1.5 < 2 < 2.5)
