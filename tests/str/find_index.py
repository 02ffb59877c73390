# find, rfind, index, rindex, count
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""))
print(s.index("c"), s.rindex("b"), s.find("a", -3), s.find("", 100), s.find("", 11))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 4), s.count("aa"), "aaaa".count("aa"))
for meth in (s.index, s.rindex):
    try:
        meth("zz")
    except ValueError as e:
        print(type(e).__name__, e)
