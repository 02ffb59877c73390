# str methods on computed (non-interned) strings: pieces copied out of a heap string
s = "".join(["  alpha,beta", " gamma,", "delta  "]) * 2
u = s.replace("a", "ä")
for t in (s, u):
    print(t.split(), t.split(","), t.rsplit(",", 2), t.split(None, 2), t.rsplit(None, 2))
    print(t.strip(), t.lstrip(" a"), t.rstrip("ä "), t.partition(","), t.rpartition(" "))
    print(t.upper(), t.lower(), t.title(), t.swapcase(), t.capitalize())
    print(t.find("gamma"), t.rfind("a"), t.count("a"), t.index(","), t.startswith("  "), t.endswith(("x", "  ")))
    print(t.removeprefix("  al"), t.removesuffix("ta  "), t.center(50, "."), t.zfill(45), t.expandtabs())
    print(t.splitlines(), (t + "\n" + t).splitlines(True), "|".join(t.split(",")), t.encode("utf-8"))
    print(t.replace(" ", ""), t.translate(str.maketrans("ab", "AB")), t[3:9].upper(), t[::-1].split())
words = [str(i) * 3 for i in range(20)]
joined = " ".join(words)
print(joined.split()[5:8], len(joined.split(" ")), joined.count("1"), joined.upper() == joined)
print(sorted(set(joined.split())) == sorted(words), max(joined.split(), key=len))
