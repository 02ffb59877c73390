# more split edge cases
print("a  b".split(" "), " a b ".split(" "), "a".split(" "), "".split(" "))
print("aXbXc".split("X", -1), "aXbXc".split("X", 0), "aXbXc".rsplit("X", 0), "aXXb".split("XX"))
print("  a  b  c  ".split(None, 2), "  a  b  c  ".rsplit(None, 2))
print("\x0b\x0cx\x1cy\u2028z".split())
print("abcabc".split("abc"), "ab".split("abc"), "a,b;c".split(";"))
print("line1\rline2\r\nline3\n\nline5".splitlines())
