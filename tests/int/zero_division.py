# all the ways to divide by zero
big = 2 ** 100
cases = [
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1 / 0", lambda: 1 / 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("big // 0", lambda: big // 0),
    ("big % 0", lambda: big % 0),
    ("big / 0", lambda: big / 0),
]
for name, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(name, "->", type(e).__name__, e)
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented", e)
print(x)
