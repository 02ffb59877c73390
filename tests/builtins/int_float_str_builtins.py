# int(), float() and str() on each other's results
for v in (0, 7, -7, 2 ** 70, 3.0, -2.5, 1e20, True):
    print(repr(v), int(v), float(v), str(v), int(str(int(v))) == int(v))
print(float(str(0.1)) == 0.1, float(repr(1 / 3)) == 1 / 3, str(float("1e5")), int(float("1e5")))
print(int("  42\n"), float("\t-3.5 "), int("-0"), float("-0"))
