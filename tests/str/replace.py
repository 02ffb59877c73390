# str.replace
print("hello world".replace("o", "0"))
print("aaaa".replace("a", "b", 2), "aaaa".replace("aa", "b"), "aaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2))
print("abc".replace("x", "y"), "".replace("", "z"), "ab".replace("ab", ""))
print("日本日本".replace("本", "x"), "é".replace("é", "e"))
print("a.b.c".replace(".", ".."), "abc".replace("abc", "abcabc"))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
