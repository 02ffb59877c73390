# augmented operations and accumulations of floats
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
y = 1.0
for i in range(20):
    y /= 2
print(y, y * 2 ** 20)
z = 3.0
z **= 2
z -= 0.5
z %= 4
z //= 1
print(z)
print(sum([0.1] * 10), 0.1 * 10)
