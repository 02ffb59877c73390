# math.factorial on ints of any size, and its errors.
import math

for n in [0, 1, 2, 5, 12, 13, 20, 21, 25, 30]:
    print(n, math.factorial(n))
big = math.factorial(2000)
print(big.bit_length(), big % (10**9 + 7), big // math.factorial(1999))
# 10000! has 2499 trailing zeros in decimal.
f = math.factorial(10000)
print(f.bit_length(), f % (10**2499) == 0, f % (10**2500) == 0)
print(math.factorial(True))
for bad in [-1, -(10**30)]:
    try:
        math.factorial(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [5.0, "5", None]:
    try:
        math.factorial(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    math.factorial(10**30)
except OverflowError as e:
    print("OverflowError", e)
