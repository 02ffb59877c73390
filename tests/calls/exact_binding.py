# Calls whose positional arguments match the parameters one to one take the
# binder's fast path; registers beyond the arguments must start unbound,
# closures must still see their cells, and every other shape must still bind.


def add(a, b):
    return a + b


def locals_start_unbound(a):
    if a:
        later = 1
    try:
        return later
    except UnboundLocalError as e:
        return "unbound: " + str(e)


def counter():
    count = 0

    def bump(step):
        nonlocal count
        count += step
        return count

    return bump


def temporaries(a, b, c):
    # Many temporaries above the parameters: a callee's window overlaps
    # the caller's temporaries, which must not leak in as locals.
    x = (a + b) * (b + c) - (a * c)
    y = [a, b, c, x]
    return x, y


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


def defaults(a, b=10, *rest, c=20, **extra):
    return a, b, rest, c, sorted(extra.items())


print(add(1, 2), add("a", "b"), add(b=1, a=2))
print(locals_start_unbound(True))
print(locals_start_unbound(False))
bump = counter()
print(bump(1), bump(2), bump(3))
print(temporaries(1, 2, 3))
for i in range(3):
    print(temporaries(i, i + 1, i + 2)[0], locals_start_unbound(i % 2 == 0))
print(deep(200))
print(defaults(1))
print(defaults(1, 2, 3, 4, c=5, d=6))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def total(self):
        return self.x + self.y


p = Point(1, 2)
m = p.moved
print(m(3, 4).total(), Point.total(p), p.moved(1, 1).moved(1, 1).total())
print(sum(map(add, [1, 2, 3], [10, 20, 30])))


def gen(a, b):
    yield a
    yield b


print(list(gen(1, 2)))
