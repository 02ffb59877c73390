# case conversion and predicates
for s in ("hello", "HELLO", "Hello World", "123", "abc123", "", " ", "a b", "ÀB", "١٢٣", "Title Case Here", "x\n"):
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isdecimal(), s.isnumeric())
print("hello world".title(), "hELLO".swapcase(), "hello".capitalize(), "HELLO".capitalize())
print("MiXeD".lower(), "MiXeD".upper(), "ǅ".lower(), "ß".casefold())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "a b".isidentifier(), "abc\x01".isprintable())
