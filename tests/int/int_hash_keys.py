# big and small ints as dict keys and set members
d = {}
for k in (0, 1, -1, 2 ** 30, 2 ** 31, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 64), 2 ** 100):
    d[k] = str(k)[-3:]
print(d)
print(d[2 ** 64], d[(2 ** 32) ** 2], d[2 ** 100], (2 ** 50) * (2 ** 50) in d)
s = {2 ** 64, 2 ** 64, 18446744073709551616, 2.0 ** 64}
print(len(s))
print(d.get(2 ** 65), 2 ** 63 in d, 2 ** 63 - 1 in d)
