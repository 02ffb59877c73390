# mixing int and float
print(1 + 1.5, 2 * 0.5, 3 - 0.25, 7 / 2, 8 / 2)
print(7 // 2.0, 7 % 2.0, -7 // 2.0, -7 % 2.0)
print(2 ** 0.5 > 1.41, 2 ** -1, 10 ** -2)
print(1 == 1.0, 2 < 2.5, 3 > 2.9999, -1 == -1.0)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__)
print(2 ** 100 / 2 ** 99)
print(float(2 ** 53) == 2 ** 53, float(2 ** 53 + 1) == 2 ** 53 + 1)
print(int(2.5), int(-2.5), int(1e10), int(-0.9))
