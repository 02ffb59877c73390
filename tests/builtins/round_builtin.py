# round on ints and floats with ndigits
print(round(3.7), round(-3.7), round(3.2), round(0.5), round(1.5), round(-0.5))
print(round(3.14159, 2), round(3.14159, 0), round(-3.14159, 3), round(1.005, 2))
print(round(12345, -2), round(12355, -1), round(-12355, -1), round(5, 2), round(2 ** 70, -20))
print(type(round(3.7)).__name__, type(round(3.7, 1)).__name__, type(round(5, 1)).__name__)
