# bitwise operations including negative numbers
for a in (0, 1, 5, -5, 255, -256, 12345):
    for b in (3, -3, 0xFF, 0):
        print(a, b, a & b, a | b, a ^ b)
print(~0, ~-1, ~255, ~-256)
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70))
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) | 1, (2 ** 64 - 1) ^ -1)
print(~(2 ** 100))
