# format specifications: fill, align, sign, width, precision, type
print(format("x", "^5"), format("x", "*<3"), format("x", "0>4"), format(5, "=+6"), format(-5, "=6"))
print(format(3.5, "08.2f"), format(-3.5, "08.2f"), format(1e6, ".3g"), format(123456, ".2e"))
print(format(0.000012345, "g"), format(12345678.0, "g"), format(1.0, "g"), format(100.0, ".0f"))
print(format(True, "d"), format(True, ""), format(None, ""), format(9731, "c"), format(65, "c"))
print(format(255, "#010x"), format(-255, "#x"), format(10 ** 20, ","), format(-1234.5, ",.1f"))
print(format("long string", ".4"), format("ab", "s"), format(42), format(4.0), format(2 ** 70, "x"))
print("{:>{w}.{p}f}|".format(3.14159, w=10, p=3), "{:{}}".format("v", 4) + "|")
for spec in ("q", ".2d", "=s"):
    try:
        format(5 if spec != "=s" else "s", spec)
    except ValueError as e:
        print(type(e).__name__, e)
