# bytes/bytearray methods: codecs, hex, searching, layout, mutation
for data in (b"\xff", b"ab\x80", b"\xe2\x82", b"\xe2\x82x", b"\xc0\xaf", b"\xed\xa0\x80", b"ok\xf0\x9f\x98"):
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(data.decode("utf-8", "replace"), data.decode("utf-8", "ignore"), data.decode(errors="backslashreplace"))
try:
    b"a\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print(b"a\xe9".decode("latin-1"), b"a\xe9".decode("ascii", "replace"), bytearray(b"\xc3\xa9").decode())
print(b"\x01\xab\xff".hex(), b"\x01\xab\xff".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex("-", -2), b"".hex())
print(bytearray(b"\xde\xad").hex(" "), bytes.fromhex(""), bytes.fromhex(" 0a 0B\t0c "), bytearray.fromhex("ff00"))
for bad in (lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("abc"), lambda: bytes.fromhex(" x"), lambda: b"a".hex("::")):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
b = b"one two  three"
print(b.split(), b.split(b" "), b.rsplit(None, 1), b.split(maxsplit=1), b"a\nb\r\nc".splitlines(), b"a\nb\n".splitlines(True))
print(b.find(b"t"), b.find(116), b.rfind(b"t"), b.index(b"two"), b.count(b"e"), b.count(101), b.find(b"", 20), b.rindex(b"o", 0, 8))
print(b.startswith((b"x", b"one")), b.endswith(b"three"), b.startswith(b"two", 4), b"".join([b"a", bytearray(b"b")]))
print(b.replace(b" ", b"_"), b.replace(b"", b"."), b.replace(b"e", b"E", 1), b.upper(), b"MiXeD".swapcase(), b"hello world".title())
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-3".zfill(4), b"a\tb".expandtabs(4), b"hello".capitalize())
print(b"a,b".partition(b","), b"a,b,c".rpartition(b","), b"abc".partition(b"x"), b"prefix".removeprefix(b"pre"), b"x.py".removesuffix(b".py"))
print(b"ABC".isupper(), b"abc".islower(), b"Title Case".istitle(), b"abc1".isalnum(), b"\xff".isascii(), b"".isalpha())
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcdef".translate(None, b"ace"), b"abc".translate(t, b"b"))
for bad in (lambda: b.index(b"zz"), lambda: b.find("t"), lambda: b.split("x"), lambda: b"a".join(["b"]), lambda: b.strip("x"),
            lambda: b.startswith("o"), lambda: b.find(300), lambda: b"a".center(3, "x"), lambda: b.replace("a", b"b")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = bytearray(b"hello")
a.append(33); a.extend(b"??"); a.extend([65, 66]); a.insert(0, 62); a.insert(-1, 95); a.insert(100, 46)
print(a, a.pop(), a.pop(0), a)
a.remove(63); a.reverse(); print(a)
c = a.copy(); c[0] = 120; a.clear(); print(a, c, len(c))
c[1:3] = b"YY"; c += b"++"; c[::2] = bytes(len(c[::2])); print(c)
print(type(bytearray(b"a b").split()[0]).__name__, bytearray(b"  x ").strip(), bytearray(b"x").upper(), bytearray(b"ab").partition(b"a"))
for bad in (lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray().append(256), lambda: bytearray().append("a"),
            lambda: bytearray().extend("ab"), lambda: bytearray(b"a").pop(5)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
