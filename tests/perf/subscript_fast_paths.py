# Small-int subscripts of lists, tuples, bytes and bytearrays, which the
# dispatch loop answers itself: every edge must still behave as CPython's
# general path (negative indexes, the ends, IndexError messages, subclasses
# with their own __getitem__/__setitem__, byte values out of range).


def show_error(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def read_all(seq):
    n = len(seq)
    got = []
    for i in range(-n, n):
        got.append(seq[i])
    return got


items = [10, 20, 30, 40]
print(read_all(items))
print(read_all((1, "a", None)))
print(read_all(b"xyz"))
print(read_all(bytearray(b"\x00\x7f\xff")))
for seq in ([1, 2], (1, 2), b"ab", bytearray(b"ab"), [], (), b"", bytearray()):
    name = type(seq).__name__
    show_error(lambda: seq[len(seq)])
    show_error(lambda: seq[-len(seq) - 1])
# Big ints and bools as indexes take the general path and still work.
print(items[True], items[-True], items[False])
show_error(lambda: items[2**70])
show_error(lambda: (1, 2)[-(2**70)])

# Stores: lists and bytearrays.
items[0] = "first"
items[-1] = "last"
print(items)
show_error(lambda: items.__setitem__(4, 0))
show_error(lambda: items.__setitem__(-5, 0))


def store(seq, i, v):
    seq[i] = v


show_error(lambda: store(items, 4, 0))
show_error(lambda: store(items, -5, 0))
buf = bytearray(3)
store(buf, 0, 255)
store(buf, -1, 7)
print(buf)
show_error(lambda: store(buf, 3, 1))
show_error(lambda: store(buf, 1, 256))
show_error(lambda: store(buf, 1, -1))
show_error(lambda: store(buf, 1, "x"))
store(buf, 1, True)
print(buf)
show_error(lambda: store((1, 2), 0, 5))
show_error(lambda: store(b"ab", 0, 5))


class Shifted(list):
    def __getitem__(self, i):
        return "shifted " + str(list.__getitem__(self, i + 1))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 2)


s = Shifted([1, 2, 3])
print(s[0], s[-2])
s[0] = 21
print([list.__getitem__(s, i) for i in range(3)])


class Plain(tuple):
    pass


print(Plain((5, 6))[-1], Plain((5, 6))[0])

# A loop over a sequence by index sees a list grow and shrink as its
# iterator would, and walks bytes and bytearrays as ints.
grow = [1, 2, 3]
for x in grow:
    if x < 6:
        grow.append(x + 3)
print(grow)
shrink = [1, 2, 3, 4, 5]
seen = []
for x in shrink:
    seen.append(x)
    del shrink[0]
print(seen, shrink)
print([b for b in b"\x01\x02"], [b for b in bytearray(b"\xfe\xff")])
total = 0
for b in bytearray(range(256)):
    total += b
print(total)
