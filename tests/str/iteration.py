# iterating over strings
for c in "héy":
    print(c, ord(c))
print(list("abc"), tuple("xy"), list(reversed("abc")), list(enumerate("ab")))
it = iter("😀é")
print(next(it), next(it), next(it, "done"))
print([c.upper() for c in "word" if c != "o"])
print(sorted("banana"), set("aaa"), dict.fromkeys("ab", 0))
