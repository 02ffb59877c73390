# floor division and modulo of big ints with all sign combinations
vals = [2 ** 64 + 7, -(2 ** 64 + 7), 2 ** 100 - 1, -(2 ** 100 - 1), 12345678901234567890123]
divs = [3, -3, 2 ** 32 + 1, -(2 ** 32 + 1), 2 ** 70, -(2 ** 70), 1, -1]
for a in vals:
    for b in divs:
        q, r = a // b, a % b
        ok = q * b + r == a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b)
        print(q, r, ok)
