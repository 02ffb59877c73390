# comb and perm: exact, on big ints, with CPython's errors.
import math

for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (52, 5), (100, 50), (60, 30), (200, 3)]:
    print(n, k, math.comb(n, k), math.perm(n, k))
print(math.perm(6), math.perm(0), math.perm(10, None))
print(math.comb(10**20, 2), math.perm(10**20, 2))
print(math.comb(1000, 500) % 1000000007, math.comb(1000, 500).bit_length())
print(sum(math.comb(30, k) for k in range(31)) == 2**30)
print(math.comb(True, True), math.perm(3, False))
for args in [(-1, 2), (3, -1), (-3, -1)]:
    for f in (math.comb, math.perm):
        try:
            f(*args)
        except ValueError as e:
            print(f.__name__, args, "ValueError", e)
try:
    math.perm(-1)
except ValueError as e:
    print("ValueError", e)
for args in [(5.0, 2), (5, "2")]:
    try:
        math.comb(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    math.comb(5)
except TypeError as e:
    print("TypeError", e)
