# float arithmetic
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(0.1 * 3, 1.1 * 1.1, 2.0 ** 0.5, 10.0 ** -3)
print(-a, +a, abs(-a))
x = 1.0
for i in range(10):
    x = x * 1.5 - 0.25
print(x)
print(1e308 * 10, -1e308 * 10)
print(5e-324 / 2)
print((-8.0) ** (1 / 3) == (-8.0) ** (1 / 3))
