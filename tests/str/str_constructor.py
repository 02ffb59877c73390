# str() and repr() of various objects
print(str(), str(5), str(-2.5), str(True), str(None), str([1, "a"]), str((1,)), str({"a": 1}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x7f\xe9"), repr("\u200b"))
print(str(b"abc"), str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"xy"), "ascii"))
print(repr("tab\there"), repr("back\\slash"), repr("\r\n"))
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
print(str(A()), repr(A()), [A()], "%s %r" % (A(), A()), f"{A()} {A()!r}")
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
