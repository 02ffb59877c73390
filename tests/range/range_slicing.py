# slicing ranges returns ranges
r = range(0, 20, 3)
for s in (slice(None), slice(1, 4), slice(None, None, -1), slice(-2, None), slice(None, None, 2), slice(5, 1, -1), slice(100, 200)):
    sub = r[s]
    print(sub, list(sub), list(sub) == list(r)[s])
n = range(10, -10, -4)
print(list(n), n[1:], list(n[::-1]), n[-1], len(n))
print(range(5)[::-1][0], range(0)[::-1])
