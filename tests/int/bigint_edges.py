# values around the usual machine-word boundaries
for e in (30, 31, 32, 62, 63, 64):
    v = 2 ** e
    print(e, v - 1, v, v + 1, -v, -v - 1)
    print(e, (v - 1) + 1 == v, v * 2, v // 2, -v // 3, v % 7)
    print(e, (v - 1) * (v - 1))
    print(e, v - v, v + -v, (v + 1) - 1 == v)
print(2 ** 63 - 1 + 1)
print(-(2 ** 63) - 1)
print((2 ** 62) + (2 ** 62))
print((2 ** 31) * (2 ** 31))
print(-(2 ** 31) * (2 ** 31))
print((2 ** 64) // (2 ** 32), (2 ** 64) % (2 ** 32 - 1))
