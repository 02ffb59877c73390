# operator precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 * -3)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 5 & 3 | 8)
print(10 - 4 - 3, 100 // 10 // 3, 2 ** -1, 7 % 4 * 2, -7 // 2 * 2)
print(not 1 + 1 == 3, 1 < 2 == True, ~1 + 1, -~1, ~-1)
print(1 if 0 else 2 if 0 else 3, (lambda: 1 or 2)(), 0 or 1 and 2, (0 or 1) and 0)
print(3 * "ab" + "c", "x" + "y" * 2, [1] * 2 + [3])
