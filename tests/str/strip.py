# strip, lstrip, rstrip
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abc".strip("")))
print(repr("www.example.com".lstrip("cmowz.")), repr("mississippi".rstrip("ips")))
print(repr("".strip()), repr("   ".strip()), repr("a".strip("a")))
print(repr("ééaéé".strip("é")), repr("\u3000full width\u3000".strip()))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
