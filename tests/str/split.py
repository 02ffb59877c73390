# str.split and rsplit
print("a b  c   d".split())
print("  leading and trailing  ".split())
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1), "a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 1), "a b c".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("one::two::three".split("::"), "x".split("x"))
print("a\tb\nc\r\nd e".split())
print("a\nb\r\nc\n".splitlines(), "a\nb\n".splitlines(True))
print("1 2 3".split(" ", 0), "  a b ".split(None, 1), "  a b ".rsplit(None, 1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("key=value=more".partition("="), "noeq".partition("="), "a=b=c".rpartition("="))
