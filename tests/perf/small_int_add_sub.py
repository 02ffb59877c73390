# `+` and `-` of two small ints are computed on the tagged words, whose
# overflow is the small-int range (2**62 on 64-bit hosts, 2**30 on 32-bit
# targets): results on both sides of each boundary, from registers (Add,
# Sub), augmented assignment (InplaceOp) and a constant operand (BinaryInt).

for limit in (2 ** 30, 2 ** 62):
    hi = limit - 1
    lo = -limit
    one = 1
    for a, b in ((hi, one), (hi, 0), (hi - 1, one), (lo, -one), (lo, 0), (lo + 1, -one),
                 (hi, lo), (hi, hi), (lo, lo), (0, lo), (-one, lo)):
        print(a + b, a - b, b - a, type(a + b).__name__)
    x = hi
    x += one
    print(x, x - one == hi)
    y = lo
    y -= one
    print(y, y + one == lo)
    print(hi + 1, lo - 1, hi - -1, lo + -1, hi - 1, lo + 1)
    acc = hi - 2
    seq = []
    for i in range(4):
        acc += 1
        seq.append(acc)
    print(seq)
    acc = lo + 2
    seq = []
    for i in range(4):
        acc -= 1
        seq.append(acc)
    print(seq)
print(True + True, True - False, 5 + False)
