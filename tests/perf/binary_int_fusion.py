# A small int loaded into a register and used at once as the right operand
# of a binary or augmented operator runs as one fused instruction; the
# register it was loaded into still holds it, and every kind of left
# operand still gets Python's semantics, errors included.

def locals_keep_their_value(x):
    k = 5
    y = x + k
    k2 = 3
    x <<= k2
    return x, y, k, k2

print(locals_keep_their_value(2))

def every_operator(x):
    return [x + 3, x - 3, x * 3, x / 4, x // 3, x % 3, x ** 2, x << 3, x >> 1,
            x & 6, x | 8, x ^ 5]

print(every_operator(7))
print(every_operator(-7))
def float_operators(x):
    return [x + 3, x - 3, x * 3, x / 4, x // 3, x % 3, x ** 2]

print(float_operators(7.5), float_operators(-0.5))
print(every_operator(True))
print(every_operator(1 << 70)[:3])

def inplace(x):
    x += 1
    x -= 2
    x *= 3
    x //= 2
    x %= 1000
    x <<= 2
    x >>= 1
    x &= 0x7FFF
    x |= 1
    x ^= 3
    return x

print([inplace(n) for n in (0, 1, -5, 12345, 1 << 62, -(1 << 65))])

class Number:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return "add %r" % (other,)
    def __iadd__(self, other):
        return "iadd %r" % (other,)
    def __mul__(self, other):
        return "mul %r" % (other,)

n = Number(1)
print(n + 2, n * 3)
n += 4
print(n)
items = [1, 2]
items *= 2
items += [3]
print(items, "ab" * 3, (1,) * 2)

def condition_between(x, flag):
    # The loaded value depends on a branch: a jump lands between the load
    # and the addition, so they must not fuse.
    return x + (1 if flag else 2)

print(condition_between(10, True), condition_between(10, False))

def big_constants(x):
    return (x + 32767, x - 32768, x * 100000, x & 0xFFFFFFFF)

print(big_constants(1), big_constants(-1))

for bad in ("s", None, [1], 1.5):
    for name, f in (("add", lambda v: v + 1), ("shift", lambda v: v << 2),
                    ("mod", lambda v: v % 0), ("floordiv", lambda v: v // 0)):
        try:
            print(name, repr(bad), f(bad))
        except Exception as e:
            print(name, repr(bad), type(e).__name__, e)

def fails(text):
    return text + 1

try:
    fails("x")
except TypeError as e:
    print("TypeError", e)
