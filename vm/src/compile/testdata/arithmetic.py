a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a << 2, a >> 1, a & b, a | b, a ^ b, ~a)
print(-1, -2.5, 10**20, -10**20, 2**100)
x = 5
x += 3
x *= 2
x -= 1
x //= 2
print(x)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
print(not 0, not 1, 0 or 5, 3 and 4, None or 0)
print(1 if a > b else 2, "yes" if a < b else "no")
print(0x10, 0o17, 0b101, 1_000, 1e3, 2j, 1.5 + 2j)
s = "abc"
print(s * 2, s + "def", s[1], s[-1], s[0:2], s[::-1], len(s))
print(a == 7 and b == 3, a != 7 or b != 3)
t = (1, 2, 3)
print(t, t[1:], (1,), ())
print(isinstance(a, int), type(a).__name__)
