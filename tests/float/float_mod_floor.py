# float floor division and modulo signs, including negative zero
cases = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (-0.0, 1.0), (0.0, -1.0),
         (1.0, 0.3), (-1.5, 1.0), (5.0, -0.5), (1e300, 3.0), (3.0, float("inf")), (-3.0, float("inf"))]
for a, b in cases:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 // 1, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0))
