# str() of floats switches to exponent notation at the usual thresholds
for e in range(-7, 20):
    v = 10.0 ** e
    print(e, v, -v, v * 1.5)
