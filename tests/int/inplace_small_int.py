# Augmented assignment on ints: every operator, at the edges of the
# small-int range on 32-bit and 64-bit targets, must equal the binary
# operator (an int has no __iop__), including its errors.

values = [0, 1, -1, 2, -3, 7, 13, -13, 255, 1 << 29, -(1 << 29), (1 << 30) - 1,
          -(1 << 30), 1 << 30, (1 << 61) - 1, -(1 << 62), (1 << 62) - 1, 1 << 62,
          1 << 64, -(1 << 70)]

def apply(symbol, x, y):
    try:
        if symbol == "+":
            x += y
        elif symbol == "-":
            x -= y
        elif symbol == "*":
            x *= y
        elif symbol == "//":
            x //= y
        elif symbol == "%":
            x %= y
        elif symbol == "<<":
            x <<= y
        elif symbol == ">>":
            x >>= y
        elif symbol == "&":
            x &= y
        elif symbol == "|":
            x |= y
        elif symbol == "^":
            x ^= y
        elif symbol == "**":
            x **= y
        elif symbol == "/":
            x /= y
        return x
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

def binary(symbol, x, y):
    try:
        return eval("x " + symbol + " y")
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

mismatches = 0
digest = 0
for symbol in ["+", "-", "*", "//", "%", "<<", ">>", "&", "|", "^"]:
    for x in values:
        for y in values:
            if symbol == "<<" and y > 100:
                continue
            result = apply(symbol, x, y)
            if result != binary(symbol, x, y):
                mismatches += 1
                print("mismatch", x, symbol, y, result)
            if isinstance(result, int):
                digest = (digest * 1000003 + result) % (1 << 61)
    print(symbol, digest)
print("mismatches", mismatches)

# Shifts that cross the small-int limits, and negative counts.
for bits in [1, 29, 30, 31, 32, 61, 62, 63, 64]:
    x = 3
    x <<= bits
    y = x
    y >>= bits
    print(bits, x, y)
x = 5
print(apply("<<", x, -1))
print(apply(">>", x, -1))
print(apply("//", x, 0))
print(apply("%", x, 0))
print(apply("**", 2, 10), apply("/", 7, 2))

# The operand registers are unchanged; only the target is rebound.
a = 12
b = a
a ^= 10
print(a, b)
a = 12
a &= a
print(a)
n = 0
for i in range(100):
    n ^= i
    n |= i << 3
    n &= 0xFFFF
    n *= 3
    n %= 1000003
    n //= 2
    n -= i
    n >>= 1
print(n)

# A subclass of int keeps its own in-place operator.
class Tracked(int):
    def __ixor__(self, other):
        return "ixor %d %d" % (int(self), other)

t = Tracked(6)
t ^= 3
print(t)
t = Tracked(6)
t &= 3
print(t, type(t).__name__)
