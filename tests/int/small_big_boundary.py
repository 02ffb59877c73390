# arithmetic crossing the small/big int boundary in both directions
for base in (2 ** 30, 2 ** 31, 2 ** 62, 2 ** 63):
    x = base - 2
    seq = []
    for i in range(4):
        seq.append(x)
        x += 1
    print(seq)
    y = base + 2
    seq = []
    for i in range(4):
        seq.append(y)
        y -= 1
    print(seq)
    print(-base - 1 + 1 == -base, (base * base) // base == base, base * -1 == -base)
print((2 ** 63 - 1) * 2, (2 ** 62) * 4, -(2 ** 63) * -1, (-(2 ** 63)) // -1)
print(abs(-(2 ** 63)), -(-(2 ** 63)), 2 ** 63 - 2 ** 63, type(2 ** 64 - 2 ** 64).__name__)
print(sum([2 ** 62] * 8), sum(range(2 ** 62, 2 ** 62 + 4)))
