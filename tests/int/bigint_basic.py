# arbitrary precision basics
print(2 ** 100)
print(-(2 ** 100))
print(2 ** 64 - 1)
print(3 ** 50)
print(10 ** 30 + 1)
print(12345678901234567890 * 98765432109876543210)
print((2 ** 100) // (2 ** 50))
print((2 ** 100) % 1000007)
print(-(2 ** 70) // 3)
print(-(2 ** 70) % 3)
print((2 ** 70) // -3, (2 ** 70) % -3)
print(divmod(-(2 ** 80), 7))
print(divmod(2 ** 80, -(2 ** 40 + 1)))
x = 1
for i in range(1, 30):
    x *= i
print(x)
print(x // (x // 100))
