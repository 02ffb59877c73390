# comparisons mixing small and big ints
big = 2 ** 100
print(big > 1, big < 1, big == big, big != big + 1)
print(-big < 0, -big < -(2 ** 99))
print(2 ** 64 == 18446744073709551616)
print(2 ** 63 > 2 ** 63 - 1, 2 ** 63 >= 2 ** 63)
print(max(big, 5), min(-big, 5))
print(sorted([2 ** 70, -5, 2 ** 65, 0, -(2 ** 66)]))
print(big == 2.0 ** 100, big < 2.0 ** 101)
print(1 < 2 ** 62 < 2 ** 63 < 2 ** 64)
