# str methods not covered elsewhere: edge cases and error messages
print("a\rb\r\nc\x0bd\x0ce\x1cf\u2028g\x85h".splitlines())
print("x\n\ny\r\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("a,b,c".rsplit(",", 1), " a  b  c ".rsplit(None, 1), "abc".rsplit("b", 0), " x ".rsplit())
print("a b c".split(maxsplit=1), "a-b-c".split(sep="-"), "a b".split(None, -1))
print(repr("ab".center(7, "*")), repr("ab".center(6)), repr("abc".center(6, "-")), repr("abc".center(2)))
print(repr("7".ljust(3, "0")), repr("7".rjust(3, "é")), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb\n\tc".expandtabs(4)), repr("\t".expandtabs(0)))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".rpartition("x"), "abc".partition("x"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"), "abc".removesuffix(""))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcd-abcd".translate(table))
print("hello".translate({ord("l"): "LL", ord("o"): None}), str.maketrans({"a": "b", 99: None}) == {97: "b", 99: None})
print("éa€😀".encode(), "é€x".encode("ascii", "replace"), "é€x".encode("ascii", "ignore"), "é".encode("latin-1"))
print("é€x".encode("ascii", "backslashreplace"), "é😀".encode("ascii", "xmlcharrefreplace"))
for bad in (lambda: "€".encode("latin-1"), lambda: "ab€😀c".encode("ascii"), lambda: "x".encode("nope"), lambda: "😀".encode("ascii")):
    try:
        bad()
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "HELLO wORLD".capitalize())
print("Straße".casefold(), "ÀÉÎ".lower(), "àéî".upper(), "ΑΣ".lower(), "ß".upper(), "ǆemal".title())
print("123".isdigit(), "١٢٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "½".isdigit(), "".isdigit())
print("abc".isalpha(), "ab1".isalpha(), "éß".isalpha(), "ab1".isalnum(), "a b".isalnum(), " \t\n\x1c".isspace(), "".isspace())
print("ABC".isupper(), "AbC".isupper(), "123".isupper(), "A1".isupper(), "abc".islower(), "a1".islower(), "1".islower())
print("Hello World".istitle(), "Hello world".istitle(), "HeLLo".istitle(), "".istitle(), "A1 B2".istitle())
print("_x1".isidentifier(), "1x".isidentifier(), "".isidentifier(), "é".isidentifier(), "a-b".isidentifier(), "class".isidentifier())
print("abc".isprintable(), "a\nb".isprintable(), "".isprintable(), "é ".isprintable(), "\x7f".isprintable())
print("abc".isascii(), "é".isascii(), "".isascii())
print("{a}-{b}".format_map({"a": 1, "b": [2]}), "{0}{1}{0}".format("x", "y"), "{:>{w}}".format("r", w=4))
s = "abcabcabc"
print(s.find("c", 3), s.find("c", 3, 5), s.rfind("abc", 0, 8), s.find("", 9), s.find("", 10), s.rfind(""))
print(s.count("abc"), s.count("abc", 1), s.count(""), s.count("", 3, 5), s.count("x"), s.count("", 20))
print(s.index("b", 2), s.rindex("b"), s.find("a", -3), s.find("a", None, None), s.rfind("a", -100, -4))
print("héllo wörld".find("ö"), "héllo wörld".rfind("l"), "héllo".index("l", 3), "ééé".count("é"), "aéa".find("a", 1))
print("abc".startswith(("x", "a")), "abc".startswith("b", 1), "abc".endswith("b", 0, 2), "abc".startswith("", 3), "abc".startswith("", 4))
print("abc".endswith(("c",)), "abc".startswith(()), "abc".endswith("abcd"))
for bad in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.find(1), lambda: "a".startswith(1),
            lambda: "a".startswith((1,)), lambda: ",".join(["a", 1]), lambda: ",".join(5), lambda: "a".split(""),
            lambda: "a".split(1), lambda: "a".strip(1), lambda: "a".center(3, "xy"), lambda: "a".replace(1, "b"),
            lambda: "a".partition(""), lambda: "{".format(), lambda: "a".count(None)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("-".join("abc"), "".join([]), ", ".join(("x",)), "-".join(iter(["p", "q"])), "ab".join(["1", "2", "3"]))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("aa", "b"))
print("xxhixx".strip("x"), "  hi  ".lstrip(), "  hi  ".rstrip(), "éhié".strip("é"), "abc".strip("cba"), "\u3000hi\u3000".strip())
class S(str):
    pass
print(S("a,b").split(","), type(S("ab").upper()).__name__, S("x").join(["1", "2"]), "-".join([S("p"), S("q")]))
print("abcdef".find("c", -2**70, 2**70), "abc".find("a", 2**70), "abc".startswith("a", -2**70), "abc"[2**70:], "abc"[-2**70:2])
