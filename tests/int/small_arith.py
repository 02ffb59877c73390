# basic small-int arithmetic
a = 7
b = 3
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b)
print(-a, +a, ~a)
print(0 - 0, 0 * -1, -0)
print(1 + 2 * 3 - 4 // 2)
print((1 + 2) * (3 - 4))
print(2 ** 10, 2 ** 0, 0 ** 0)
print(10 - 20, -10 * -10)
x = 5
x += 3
print(x)
x -= 10
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 3
print(x)
