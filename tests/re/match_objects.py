# Match and Pattern objects: accessors, errors, reprs, flags.
import re

m = re.match(r"(?P<key>\w+)=(?P<value>\d+)?(;)?", "width=;")
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group("key"), m.group(2), m.group("value"))
print(m.group(1, 3, "key"), m[0], m[1], m["key"])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(1), m.end("key"), m.span(2), m.start(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(m.regs)
for bad in (4, -1, "nope"):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    m.span(9)
except IndexError as e:
    print("IndexError:", e)
print(bool(m), re.match("x", "y") is None)
print(re.match("((a)(b))", "ab").lastindex, re.match("(a)(b)?", "a").lastindex)
print(re.match("a", "a").lastindex, re.match("(?P<n>a)", "a").lastgroup)
print(repr(re.search("\u00e9+", "x\u00e9\u00e9y")))
print(repr(re.match(b"a.", b"ab")))

p = re.compile(r"(?P<num>\d+)(x)?", re.IGNORECASE)
print(p, repr(p), p.pattern, p.groups, p.groupindex)
print(p.flags == re.IGNORECASE | re.UNICODE, p.flags & re.IGNORECASE == re.IGNORECASE)
print(re.compile("a", re.M | re.S))
print(re.compile(b"a+", re.I))
print(re.compile("(?ims)x").flags & (re.I | re.M | re.S) == re.I | re.M | re.S)
print(re.compile(p) is p, re.compile("abc") == re.compile("abc"))
print(re.compile("x", re.A).flags == re.ASCII, re.compile(b"x").flags)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U))
print(re.I | re.M)
print(re.escape("a.b*c d-e_f"), re.escape(b"1+1=2"))
print(re.search(re.escape("[x](y)"), "z[x](y)z").span())

# Unicode spans are in characters.
m = re.match(r"([0-9]*)(([a-z]*)([0-9]*))", "1234\u2764567")
print(m.span(0), m.span(1), m.span(2), m.span(3), m.span(4))
print(re.search("\u2764", "ab\u2764c").span())
