# float() from strings
for s in ("1", "1.5", "-2.25", "  3.0  ", "1e3", "1E-3", ".5", "5.", "+7.0",
          "1_000.5", "inf", "-inf", "nan", "0.1", "00012.5", "1e400", "-1e400", "1e-400"):
    print(repr(s), float(s))
for s in ("", "abc", "1.2.3", "1e", "--1", "1 2", "0x10", "_1"):
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(3), float(-2 ** 60), float(True))
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
