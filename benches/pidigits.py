# Big-int arithmetic: digits of pi by Gibbons' unbounded spigot, where the
# state numbers grow to thousands of digits.
# bench: scale=10 check=1
import sys


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def run(count):
    digits = pi_digits(count)
    text = "".join([str(d) for d in digits])
    print("first", text[:20])
    print("last", text[-20:], "sum", sum(digits))


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale * 100)
