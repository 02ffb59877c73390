# float/int comparisons near the limits of float precision
big = 2 ** 53
print(float(big) == big, float(big + 1) == big + 1, float(big + 1) == big, big + 1 > float(big))
print(2 ** 63 == 2.0 ** 63, 2 ** 63 - 1 < 2.0 ** 63, 2 ** 64 + 1 > 2.0 ** 64)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(0.1 < 1, 1e-300 > 0, -1e-300 < 0, 1 == 1.0000000000000002, 1 == 1.00000000000000001)
print(int(2.0 ** 63), int(-2.0 ** 63), int(1e19), int(2.0 ** 64 - 2048))
