# range objects
r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), len(r), list(range(0)))
print(list(range(3, 10, 2)), list(range(10, 3, -3)), list(range(-5)), list(range(-5, -1)))
print(len(range(1, 10, 3)), len(range(10, 1, -3)), len(range(5, 5)), len(range(5, 1)), len(range(0, 2 ** 70, 2 ** 60)))
print(r[0], r[-1], r[3], range(5, 0, -1)[1], range(0, 100, 7)[-2])
print(r[2:5], r[::-1], r[::2], range(0, 20, 3)[1::2], r[-3:], list(r[8:2:-2]))
print(5 in r, 10 in r, -1 in r, 3 in range(0, 10, 3), 4 in range(0, 10, 3), 3.0 in r, "a" in r)
print(range(0, 5) == range(0, 5), range(0, 3) == range(0, 4), range(0) == range(5, 1), range(0, 4, 2) == range(0, 3, 2))
print(r.index(4), r.count(4), range(0, 10, 2).index(6), r.start, r.stop, r.step)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.index(20)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
big = range(2 ** 64)
print(big[-1], 2 ** 63 in big, big[2 ** 63])
print(sum(range(101)), list(reversed(range(4))), min(range(3, 9)), max(range(3, 9, 2)))
