# bytearray is a mutable bytes
a = bytearray(b"hello")
print(a, len(a), a[0], a[-1], a[1:3])
a[0] = 72
print(a)
a[1:3] = b"EY"
print(a)
a[1:3] = b""
print(a)
a.append(33)
a.extend(b"??")
print(a)
a += b"++"
print(a, a.pop(), a)
del a[0]
print(a)
a.insert(0, 74)
print(a, a.index(33), a.count(43))
a.reverse()
print(a)
a.remove(43)
print(a, bytes(a), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
print(a == bytes(a), bytearray(b"x") + b"y", b"y" + bytearray(b"x"))
for bad in (lambda: a.__setitem__(0, 256), lambda: a.append(-1), lambda: a.remove(200)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
b = bytearray(b"abcdef")
b[::2] = b"XYZ"
print(b)
del b[::2]
print(b)
b.clear()
print(b, len(b))
