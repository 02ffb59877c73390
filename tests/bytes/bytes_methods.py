# bytes methods
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" H"))
print(b.split(), b"a,b,,c".split(b","), b"a b c".split(None, 1), b"a,b".rsplit(b",", 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]))
print(b.find(b"World"), b.find(b"x"), b.count(b"l"), b.index(b"o"), b.rfind(b"o"))
print(b.replace(b"l", b"L"), b.upper(), b.lower(), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b"abc".hex(), bytes.fromhex("deadbeef"), bytes.fromhex("01 02 ff"))
print(b"123".isdigit(), b"abc".isalpha(), b"   ".isspace(), b"ab1".isalnum())
print(b"a=b".partition(b"="), b"x".center(5, b"*"), b"5".zfill(3))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"))
