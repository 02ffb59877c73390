# multiplication and powers of big ints, checked by identities
a = 2 ** 127 - 1
b = 3 ** 80
print(a * b)
print(a * b == b * a, (a + b) * (a - b) == a * a - b * b)
print((a * b) // b == a, (a * b) % b == 0)
print(a * -b, -a * -b == a * b, a * 0, 0 * a, a * 1 == a)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // (2 ** 38), f % (10 ** 9 + 7))
x = 7 ** 77
print(x, x.bit_length(), len(str(x)))
print((10 ** 20 + 1) ** 3)
print((-(2 ** 65)) ** 3, (2 ** 65) ** 2 == 2 ** 130)
