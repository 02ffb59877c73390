# int() of floats, truncation toward zero
for v in (0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 1e10, -1e10, 2.0 ** 53, 2.0 ** 64,
          1e20, -1e20, 123.456, 2.0 ** 100, 1e300):
    print(v, int(v))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
