# round() uses round-half-to-even
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.25, 0.125):
    print(v, round(v), round(v, 1), round(v, 2))
print(round(123.456, -1), round(123.456, -2), round(1234.5678, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(7), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2))
print(round(1e300), round(-0.4))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
