# int() from strings, floats and bases
print(int(), int(0), int("42"), int(" -17 "), int("+8"))
print(int("1_000_000"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("10", 36))
print(int("123456789012345678901234567890"))
print(int(3.99), int(-3.99), int(True), int(False))
for bad in ("x", "", "1.5", "12a", "0x10", " ", "1__0"):
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
