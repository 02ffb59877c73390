# integer powers, including three-argument pow
print(pow(2, 10), pow(-2, 3), pow(-2, 4), pow(0, 0), pow(1, 1000))
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 5), pow(2, 100, 2 ** 61 - 1))
print(2 ** -2, (-2) ** -1)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2)
try:
    pow(2, -1, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7 ** 40)
