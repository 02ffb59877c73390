# float ** float at zeros and infinities follows IEEE pow (as CPython);
# only finite negative powers of zero raise.
inf = float("inf")
nan = float("nan")
for x, y in [(0.0, -inf), (-0.0, -inf), (0.0, inf), (inf, inf), (inf, -inf), (-inf, inf), (0.5, -inf), (2.0, -inf),
             (-1.0, inf), (1.0, nan), (nan, 0.0), (-inf, 3.0), (-inf, -3.0), (-0.0, 3.0), (-0.0, 0.5)]:
    print(x, y, repr(x ** y), repr(pow(x, y)))
for x, y in [(0.0, -1.0), (-0.0, -2.0), (0.0, -0.5)]:
    try:
        x ** y
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    10.0 ** 400.0
except OverflowError as e:
    print("OverflowError", e)
