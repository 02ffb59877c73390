# centering, padding, expanding, zfill
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".center(2)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("ab".ljust(1)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("a\tb\tc".expandtabs(4)), repr("ab\tc".expandtabs()))
print("a-b-c".split("-")[::-1], "-".join(reversed("a-b-c".split("-"))))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), "hello".translate({ord("l"): None}))
