# lexicographic comparison by code point
pairs = [("a", "b"), ("a", "a"), ("abc", "ab"), ("", ""), ("Z", "a"), ("10", "9"), ("é", "f"), ("😀", "日"), ("a\x00", "a")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a > b, a >= b, a != b)
words = ["pear", "Apple", "apple", "banana", "Banana", "10", "9", "", "éclair"]
print(sorted(words))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words))
