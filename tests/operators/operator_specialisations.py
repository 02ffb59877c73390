# Operators with a small-int or constant right operand (`x + 1`, `n >> 4`,
# `x & 0xFFFFFFFF`) and the frequent augmented assignments (`+=`, `-=`,
# `&=`, `|=`, `^=`) have opcodes of their own; every operand type still
# gets Python's semantics: overflow into big ints, floats, bools,
# __iop__ before __op__, reflected operators, and the same errors.


class Acc:
    def __init__(self, items):
        self.items = items

    def __iadd__(self, other):
        print("  __iadd__", other)
        self.items.append(other)
        return self

    def __add__(self, other):
        print("  __add__", other)
        return Acc(self.items + [other])

    def __sub__(self, other):
        print("  __sub__", other)
        return "sub result"

    def __rand__(self, other):
        print("  __rand__", other)
        return "rand result"

    def __repr__(self):
        return "Acc(%r)" % (self.items,)


def with_immediates(x):
    return [x + 1, x - 1, x & 255, x >> 4, x << 3, x | 8, x ^ 5, x * 3, x % 7, x // 2]


for x in [0, 1, -1, 1000, -1000, 2**62 - 1, -2**62, 2**62, 2**64 + 3, -2**70, True, False]:
    print(x, with_immediates(x))

for x in [2.5, -0.5, 1e300]:
    try:
        print(x, [x + 1, x - 1, x * 3, x % 7, x // 2])
        print(x >> 4)
    except TypeError as e:
        print("TypeError", e)


def with_constants(x):
    return [x & 0xFFFFFFFF, x + 100000, x - 100000, x ^ 0xEDB88320, x * 1103515245, x % 65535]


for x in [0, 12345, -1, 2**40, -2**40, 2**63, True]:
    print(x, with_constants(x))

print(1.5 + 100000, 1.5 - 100000, -2.0 % 65535, 0.5 * 1103515245)

for bad in ["s", None, [1], (2,), b"b"]:
    for op in ["+ 1", "- 1", "& 255", ">> 4", "<< 3", "+ 100000", "& 0xFFFFFFFF"]:
        try:
            eval("bad " + op)
        except TypeError as e:
            print(repr(bad), op, "TypeError", e)
        else:
            print(repr(bad), op, "ok", eval("bad " + op))

for count in [-1, -100]:
    for expr in ["5 >> count", "5 << count"]:
        try:
            eval(expr)
        except ValueError as e:
            print(expr, count, "ValueError", e)


def shifts(x):
    try:
        return x >> -1
    except ValueError as e:
        return "ValueError: %s" % e


print(shifts(8), 1 << 62, 1 << 63, -1 << 64, (2**100) >> 90, -5 >> 1, -5 >> 100)


def augmented(start, value):
    results = []
    for op in ["+=", "-=", "&=", "|=", "^="]:
        x = start
        try:
            if op == "+=":
                x += value
            elif op == "-=":
                x -= value
            elif op == "&=":
                x &= value
            elif op == "|=":
                x |= value
            else:
                x ^= value
            results.append(x)
        except TypeError:
            # (Pyrite's message names the operator without '=' here.)
            results.append("TypeError")
    return results


for start, value in [(5, 3), (2**62 - 1, 1), (-2**62, 1), (2**64, 2**64), (True, True),
                     (1.5, 2), (7, 0.5), ({1, 2}, {2, 3}), ("ab", "c"), ([1], [2])]:
    print(start, value, augmented(start, value))


def list_aliasing():
    a = [1]
    b = a
    a += [2]
    s = {1}
    t = s
    s |= {2}
    s &= {2, 3}
    s ^= {4}
    s -= {4}
    return a, b, a is b, s, t, s is t


print(list_aliasing())


def user_types():
    acc = Acc([1])
    alias = acc
    acc += 5
    print(" ", acc, alias, acc is alias)
    acc = acc + 1
    print(" ", acc)
    print(" ", acc - 1, 7 & acc)
    acc -= 2
    print(" ", acc)
    acc = Acc([])
    try:
        acc &= 1
    except TypeError:
        print("  TypeError for Acc &= 1")


user_types()


def increments(n):
    total = 0
    mask = 0
    for i in range(n):
        total += i
        total -= 1
        mask |= i
        mask ^= 1
        mask &= 0xFF
    return total, mask


print(increments(10), increments(300))


def counter():
    count = 0
    x = 0b1011011101111
    while x:
        x &= x - 1
        count += 1
    return count


print(counter())


class Box:
    def __init__(self):
        self.n = 1
        self.items = [0, 0]


box = Box()
box.n += 10
box.n <<= 2
box.items[1] += 5
box.items[0] -= 3
box.items[1] ^= 0xFFFF
print(box.n, box.items)

for x in [7, -7, 0, 2**65, -2**65, 7.5]:
    m = x
    m %= 4
    try:
        print(x, x % -3, x % 1, m, x % 0)
    except ZeroDivisionError as e:
        print(x, x % -3, x % 1, m, "ZeroDivisionError", e)
