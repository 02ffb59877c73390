# Big-int arithmetic reads its operands in place: every mix of small int,
# bool and big int, both signs, near the one- and two-limb boundaries and
# the i64 range, with results that shrink back to small ints.
values = [
    0, 1, -1, True, False, 7, -7,
    2**31 - 1, 2**31, 2**32 - 1, 2**32, -(2**32),
    2**61, 2**62 - 1, 2**62, -(2**62), -(2**62) - 1,
    2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64 - 1, 2**64, -(2**64),
    3**50, -(3**50), 10**40 + 1, -(10**40) - 7,
]
checksum = 0
lines = 0
for a in values:
    for b in values:
        results = [a + b, a - b, a * b, a < b, a == b, a >= b]
        if b != 0:
            results += [a // b, a % b]
        for r in results:
            checksum = (checksum * 31 + r) % (2**89 - 1)
        if abs(a) > 2**60 and abs(b) > 2**60 and lines < 12:
            lines += 1
            print(a, b, a + b, a - b, a // b, a % b)
print(checksum)
# Results that fit a small int are small again (identity of equal values
# is not observable, but their types and arithmetic are).
big = 2**70
print(big - (big - 5), type(big - big), (big * 3) // big, (big + 9) % big)
print(-big // big, -big % 7, big // -7, (-big) * (-big) == big * big)
print(2**63 - 2**63, -(2**63) + 2**63, (2**64) // (2**32), -(2**64) // (2**32))
x = 12345678901234567890123
x += 1
x -= 10**20
x *= -3
print(x, x // 10**9, x % 10**9, x < 0, x > -(10**30))
