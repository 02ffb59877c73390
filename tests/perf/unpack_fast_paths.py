# Unpacking a list or tuple of the right length goes straight into the
# target registers; wrong lengths, other iterables, starred targets and
# zip's tuples must behave as before.


def show_error(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__ + ":", e)


a, b = [1, 2]
c, d, e = (3, 4, 5)
print(a, b, c, d, e)
(f,) = [6]
print(f)
a, b = b, a
print(a, b)


def unpack2(x):
    p, q = x
    return p, q


def unpack3(x):
    p, q, r = x
    return p, q, r


show_error(lambda: unpack2([1]))
show_error(lambda: unpack2((1, 2, 3)))
show_error(lambda: unpack2([]))
show_error(lambda: unpack3((1, 2)))
show_error(lambda: unpack2(5))
print(unpack2("xy"), unpack2(b"xy"), unpack2({7: 0, 8: 0}), unpack2(range(2)))
print(unpack2(x * 2 for x in (4, 5)))
show_error(lambda: unpack2(iter([1, 2, 3])))


class Pair(tuple):
    def __iter__(self):
        return iter(("custom", "iter"))


print(unpack2(Pair((1, 2))))
first, *rest = [1, 2, 3]
*init, last = (1, 2, 3)
print(first, rest, init, last)
show_error(lambda: exec("x, y, *z = [1]"))
total = 0
for x, y in zip([1, 2, 3], (10, 20, 30)):
    total += x * y
print(total)
print(list(zip([1, 2], "ab", (None, True))))
show_error(lambda: list(zip([1, 2], [1], strict=True)))
show_error(lambda: list(zip([1], [1, 2], strict=True)))
print(list(zip()), list(zip([1, 2])))
rows = [[1, 2], [3, 4]]
for row in rows:
    for i, (x, y) in enumerate(zip(row, row[::-1])):
        print(i, x, y)
