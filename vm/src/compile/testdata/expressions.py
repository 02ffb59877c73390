# expressions
x = 5
print(x if x > 3 else -x, -x if x < 3 else x * 2)
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 < 0)
y = None
print(y is None, y is not None, x in [5], x not in (5,))
print(not x, not not x, -(-x), +x, ~x)
print(x and y, x or y, y or x, y and x, (0 or "") or [])
a = [1, 2, 3, 4, 5, 6]
print(a[1:3], a[:], a[::2], a[-2:], a[1:-1:2], a[slice(1, 3)])
d = {"a": 1, (1, 2): "t"}
print(d[1, 2], d["a"])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
print(2 ** -1, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(7 // -2, -7 % 3, 7.5 // 2, divmod(17, 5))
print("abc" < "abd", [1, 2] < [1, 3], (1, 2) == (1, 2))
b = 1
b <<= 3
b |= 1
b ^= 2
b &= 0xff
b >>= 1
b **= 2
b %= 7
print(b)
s = "x"
s *= 3
s += "y"
print(s)
l = [1]
l += [2]
l *= 2
print(l)
t = (1, 2)
t += (3,)
print(t)
print((lambda *a, **k: (a, k))(1, 2, x=3))
print([i for i in range(3)] == list(range(3)))
print(True + True, True * 3, False - 1)
print(0.1 + 0.2 == 0.3, abs(-3), round(2.5))
z = (1,)
print(z, len(()), (1, 2)[0])
n = -9223372036854775808
print(n, -n, 2**63, -(2**63))
print(1e100 > 10**99, 10**30)
print(3 if False else 4 if False else 5)
print([1, 2][True], "ab"[False])
print({1: 2}.get(1), {}.get(0, "default"))
i = 10
i = i + (i := 1)
print(i)
def side(v):
    print("side", v)
    return v
print(side(1) and side(0) and side(2))
print(side(0) or side(3) or side(4))
print(side(1) < side(2) < side(0) < side(5))
if side(0) or not side(1):
    print("then")
else:
    print("else")
while side(0):
    pass
print(sum(i for i in range(4)), max([3, 1, 2]), min("bca"))
print(hash(1) == hash(1.0), 1 == 1.0, {1: "a", 1.0: "b"})
