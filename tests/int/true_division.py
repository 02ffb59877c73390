# true division of ints is correctly rounded, even for big operands
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5)
print(10 ** 30 / 10 ** 10, 10 ** 23 / 1, float(10 ** 23), (2 ** 100 + 1) / 2 ** 100)
print(2 ** 1024 / 2 ** 1000, (10 ** 400) / (10 ** 399), 1 / 2 ** 1000)
print((2 ** 53 + 1) / 1, (2 ** 63) / 3, -(2 ** 70) / 7)
try:
    2 ** 1100 / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(type(6 / 3).__name__, 6 / 3)
