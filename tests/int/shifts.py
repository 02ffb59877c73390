# left and right shifts
print(1 << 0, 1 << 1, 1 << 10, 1 << 31, 1 << 32, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 10, -3 << 65)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 5, -7 >> 1)
print((2 ** 100) >> 90, -(2 ** 100) >> 90, (2 ** 100) >> 200, -(2 ** 100) >> 200)
print(5 << 0, 5 >> 0)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
