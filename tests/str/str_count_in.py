# count and in with overlapping and empty needles
s = "aaaa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count(""), "".count(""), "".count("a"))
print(s.count("a", 1), s.count("a", 1, 3), s.count("a", -2), s.count("", 2), s.count("", 10))
print("" in "", "" in "abc", "abc" in "", "a" in "a", "ab" in "ba")
print("banana".count("ana"), "banana".find("ana", 2), "banana".rfind("ana"))
