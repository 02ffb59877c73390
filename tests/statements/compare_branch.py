# Conditions that are comparisons (`if a < b:`, `while i < n:`, chains,
# and/or/not of them) keep every rule of a comparison followed by a truth
# test: rich comparison methods, reflected operands, NotImplemented,
# __bool__ of the result, exceptions, floats and NaN, big ints.


class Loud:
    """A comparison result with its own truth."""

    def __init__(self, truth, label):
        self.truth = truth
        self.label = label

    def __bool__(self):
        print("  bool of", self.label)
        return self.truth


class Weird:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("  Weird.__lt__", self.n, other)
        return Loud(self.n < 10, "lt")

    def __gt__(self, other):
        print("  Weird.__gt__", self.n, other)
        return NotImplemented

    def __eq__(self, other):
        print("  Weird.__eq__", self.n, other)
        return Loud(False, "eq")

    __hash__ = None

    def __repr__(self):
        return "Weird(%d)" % self.n


class Right:
    def __repr__(self):
        return "Right()"

    def __lt__(self, other):
        print("  Right.__lt__", other)
        return True

    def __gt__(self, other):
        print("  Right.__gt__", other)
        return False


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


class GivesBadBool:
    def __le__(self, other):
        return BadBool()


def branch(label, test):
    try:
        print(label, test())
    except Exception as e:
        print(label, type(e).__name__, e)


def classify(y):
    if y > 32767:
        return "high"
    elif y < -32768:
        return "low"
    elif y == 0:
        return "zero"
    elif y != 7:
        return "other"
    return "seven"


for value in [40000, -40000, 0, 7, 5, 32767, -32768, 2**70, -2**70, 1.5, 32767.5,
              float("inf"), float("-inf"), True, False]:
    print(repr(value), classify(value))

nan = float("nan")
if nan < 1:
    print("nan < 1")
else:
    print("not nan < 1")
if not nan >= 1:
    print("not nan >= 1")
if nan != nan:
    print("nan != nan")
if nan == 1.0:
    print("nan == 1.0")
else:
    print("nan is not 1.0")


def if_lt(a, b):
    if a < b:
        return "lt"
    return "not lt"


def if_not_gt(a, b):
    if not a > b:
        return "not gt"
    return "gt"


branch("Weird(3) < 5", lambda: if_lt(Weird(3), 5))
branch("Weird(30) < 5", lambda: if_lt(Weird(30), 5))
branch("5 > Weird(3)", lambda: if_not_gt(5, Weird(3)))
branch("Weird(3) > 5 reflected", lambda: if_not_gt(Weird(3), 5))
branch("Weird(3) > Right()", lambda: if_not_gt(Weird(3), Right()))
branch("1 < Right()", lambda: if_lt(1, Right()))
branch("'a' < 1", lambda: if_lt("a", 1))
branch("None > 0", lambda: if_not_gt(None, 0))
branch("[1] < [2]", lambda: if_lt([1], [2]))
branch("'abc' < 'abd'", lambda: if_lt("abc", "abd"))
branch("(1, 2) > (1, 1)", lambda: if_not_gt((1, 2), (1, 1)))


def bad_bool():
    if GivesBadBool() <= 1:
        return "taken"
    return "not taken"


branch("bad __bool__", bad_bool)


def equal_weird(w):
    if w == 3:
        return "eq"
    return "ne"


branch("Weird(3) == 3", lambda: equal_weird(Weird(3)))


def with_immediate(x):
    out = []
    if x >= 10:
        out.append(">=10")
    if x <= -10:
        out.append("<=-10")
    if x != 0:
        out.append("!=0")
    return out


for x in [10, -10, 0, 10.0, -10.5, 2**64, "s"]:
    try:
        print(repr(x), with_immediate(x))
    except TypeError as e:
        print(repr(x), "TypeError", e)

trace = []


def v(n):
    trace.append(n)
    return n


def chain(a, b, c):
    trace.clear()
    if v(a) < v(b) <= v(c):
        result = "in order"
    else:
        result = "not in order"
    return result, list(trace)


for args in [(1, 2, 3), (2, 1, 3), (1, 3, 2), (1, 1, 1)]:
    print(args, chain(*args))


def chain_or(a, b, c):
    trace.clear()
    if v(a) < v(b) < v(c) or v(c) == 0:
        result = "taken"
    else:
        result = "skipped"
    return result, list(trace)


for args in [(1, 2, 3), (3, 2, 1), (3, 2, 0)]:
    print(args, chain_or(*args))


def range_check(x, lo, hi):
    if lo <= x < hi:
        return "inside"
    return "outside"


print([range_check(x, 0, 3) for x in [-1, 0, 2, 3]])


def and_or(a, b):
    if a > 0 and b > 0 or a < -5:
        return "A"
    if not (a == b or a == -b):
        return "B"
    return "C"


print([and_or(a, b) for a, b in [(1, 1), (-6, 1), (2, -3), (2, -2), (0, 0)]])


def count_down(n):
    steps = 0
    while n > 0:
        n -= 3
        steps += 1
    return steps, n


print(count_down(10), count_down(0), count_down(-2**65), count_down(7.5))


def while_chain(items):
    i = 0
    while i < len(items) and items[i] != 0:
        i += 1
    return i


print(while_chain([3, 2, 0, 1]), while_chain([1, 2]), while_chain([]))

# The right operand of a comparison with an immediate form still works when
# the left is a subclass of int with its own comparison.


class Sticky(int):
    def __gt__(self, other):
        print("  Sticky.__gt__", other)
        return True


if Sticky(1) > 100:
    print("Sticky > 100 taken")

# Comprehension filters and conditional expressions branch the same way.
print([n for n in range(-3, 4) if n > 0 if n != 2])
print(["big" if n >= 100 else "small" for n in (99, 100, 2**40)])
print(all(n < 5 for n in range(5)), any(n == 3 for n in range(3)))
