# re: the pattern syntax, one feature at a time, shown as the matched span
# and groups (or None).
import re


def show(pattern, text, flags=0):
    m = re.search(pattern, text, flags)
    if m is None:
        print(repr(pattern), repr(text), None)
    else:
        print(repr(pattern), repr(text), m.span(), m.groups())


# Literals, dot, anchors.
show("abc", "xxabcxx")
show("a.c", "abc a\nc")
show("a.c", "a\nc", re.DOTALL)
show("^ab", "ab ab")
show("^ab", "x ab")
show("ab$", "ab ab")
show("ab$", "ab\n")
show("ab$", "ab\n\n")
show("^b", "a\nb")
show("^b", "a\nb", re.MULTILINE)
show("a$", "a\nb", re.MULTILINE)
show(r"\Aab", "ab")
show(r"ab\Z", "ab\n")
show(r"ab\Z", "xab")

# Classes.
show("[abc]+", "xxbcaz")
show("[^abc]+", "abcxyzabc")
show("[a-f0-9]+", "zz09afgz")
show("[]a]+", "]a]b")
show("[a-]+", "-a-b")
show(r"[\d.]+", "v1.25x")
show(r"[\w]+", "  hello_1 ")
show(r"[^\s]+", "  word  ")
show(r"\d+", "abc 2024 x")
show(r"\D+", "12ab34")
show(r"\w+", "!!snake_case9!!")
show(r"\W+", "ab, cd")
show(r"\s+", "a \t\n b")
show(r"\S+", "   xyz ")
show(r"[\]\\-]+", "a]\\-b")
show("[\u00e0-\u00ff]+", "abc\u00e9\u00e8z")

# Quantifiers, greedy and not.
show("a*", "aaab")
show("a+", "baaab")
show("a?b", "ab")
show("a{2}", "aaaa")
show("a{2,}", "aaaaa")
show("a{,2}", "aaaaa")
show("a{1,3}", "aaaaa")
show("a{2,3}?", "aaaaa")
show("a*?b", "aaab")
show("<.*>", "<a><b>")
show("<.*?>", "<a><b>")
show("a{x}", "a{x}")
show("x{2,1", "x{2,1")
show("(ab)+", "ababab")
show("(ab)+?", "ababab")
show("(a|b)*c", "abbac")
show("(a*)*b", "aab")
show("(a*)+", "b")
show("(?:a|)*x", "aax")

# Groups and alternation.
show("(a)(b)(c)", "abc")
show("(a(b)c)", "abc")
show("(?:ab)(c)", "abc")
show("cat|dog", "hotdog")
show("(cat|dog)s?", "cats")
show("a(x|y|z)b", "ayb")
show("(a)|(b)", "b")
show("()", "x")
show("(?P<first>\\w+) (?P<second>\\w+)", "hello world")

# Backreferences.
show(r"(\w)\1", "abccd")
show(r"(?P<q>['\"]).*?(?P=q)", "say \"hi\" 'there'")
show(r"(a)|\1", "x")

# Word boundaries.
show(r"\bcat\b", "concat cat")
show(r"\Bcat", "cat concat")
show(r"\b", "")
show(r"\B", "")

# Lookahead.
show(r"\w+(?=!)", "hey you!")
show(r"\d+(?!px)", "10px 20em")
show(r"(?=(\w+))\w", "abc")

# Escapes.
show(r"\.\*\+\?", "a.*+?b")
show(r"\x41\u00e9\t", "A\u00e9\t")
show(r"\0", "a\x00b")
show(r"\101", "A")
show("[\\x30-\\x32]+", "0123")

# Flags.
show("abc", "xABCx", re.IGNORECASE)
show("[a-c]+", "xABCx", re.I)
show("(?i)straße", "STRASSE straße")
show("\u00e9", "\u00c9", re.I)
show("a b # comment\n c", "abc", re.VERBOSE)
show("(?x) a  b", "ab")
show("(?s).", "\n")
show("(?m)^b", "a\nb")
show(r"\w+", "caf\u00e9 na\u00efve")
show(r"\w+", "caf\u00e9", re.ASCII)
show(r"\d", "\u0663")

# Bytes patterns.
m = re.search(rb"(\d+)-(\d+)", b"tel 555-1234")
print(m.group(), m.groups(), m.span(2))
print(re.findall(rb"[a-z]+", b"ab12cd"))
print(re.sub(rb"\s+", b"_", b"a  b \t c"))
print(re.match(b"A", b"a", re.I))

# match, fullmatch, search and positions.
p = re.compile(r"\d+")
print(p.match("12ab"), p.match("ab12"), p.search("ab12"))
print(p.fullmatch("123"), p.fullmatch("123a"))
print(re.fullmatch("a|ab", "ab"))
print(p.search("1 22 333", 2), p.search("1 22 333", 2, 3), p.match("ab12", 2))
print(p.search("12345", 1, 3).span(), p.search("abc", 5), p.search("123", -5))
print(re.match("^a", "ba", 0), re.compile("^a").search("ba", 1))
print(re.compile("a$").search("ab", 0, 1))

# Possessive repeats and atomic groups never give characters back.
show("a*+a", "aaa")
show("a*+b", "aaab")
show("(?>a+)b", "aab")
show("(?>a|ab)c", "abc")
show("(?:a|ab)c", "abc")
show("x++y|x", "xxx")
