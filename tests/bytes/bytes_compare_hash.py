# bytes and bytearray comparisons and conversions
print(b"a" == bytearray(b"a"), bytearray(b"a") == b"a", b"ab" < bytearray(b"ac"), bytes(bytearray(b"q")))
print(sorted([b"b", b"a", b"ab", b""]), max(b"a", b"b"), b"\x00" < b"\x01")
d = {b"key": 1}
print(d[b"key"], b"key" in d, b"kex" in d)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
print(list(bytearray(b"ab")), bytearray(b"ab")[0], bytearray(b"abc")[1:], type(bytearray(b"abc")[1:]).__name__)
print(b"abc".decode() == "abc", bytearray(b"\xc3\xa9").decode(), b"x" * 0, bytearray(2) * 2)
