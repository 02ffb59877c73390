# bytes literals, indexing and slicing
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2])
print(list(b"abc"), bytes([65, 66, 67]), bytes(3), bytes(), bytes(range(5)))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00", b"abc" == "abc")
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\t\n\r\\")
for bad in (lambda: bytes([256]), lambda: bytes([-1]), lambda: b"a" + "b", lambda: bytes("abc"), lambda: 300 in b"abc"):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
