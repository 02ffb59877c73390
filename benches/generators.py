# Generators and closures: a pipeline of generator functions (a source,
# filters, a sliding window, yield from), generator expressions, and
# closures keeping state in cells (nonlocal counters, adders).
# bench: scale=20 check=1
import sys


def source(n, seed):
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed >> 12


def only(predicate, items):
    for item in items:
        if predicate(item):
            yield item


def windows(items, size):
    window = []
    for item in items:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def chained(n):
    yield from source(n, 1)
    yield from source(n, 2)


def make_counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    return bump


def make_scaler(factor, offset):
    return lambda x: x * factor + offset


def run(n):
    counter = make_counter()
    scale3 = make_scaler(3, 1)
    evens = only(lambda x: x % 2 == 0, chained(n))
    total = 0
    for a, b, c in windows(evens, 3):
        total = (total + scale3(a) - b + c) & 0xFFFFFFFF
        counter(1)
    squares = sum(x * x for x in source(n, 3) if x & 3 == 1) & 0xFFFFFFFF
    picked = [counter(0) + x for x in source(n // 10, 4)]
    print("windows", counter(0), "total", total, "squares", squares)
    print("picked", len(picked), max(picked), min(picked))


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale * 1000)
