# result types of mixed numeric arithmetic
vals = [True, 3, 2 ** 70, 2.5]
for a in vals:
    for b in vals:
        print(type(a).__name__, type(b).__name__, type(a + b).__name__, type(a * b).__name__, type(a / b).__name__, type(a // b).__name__)
