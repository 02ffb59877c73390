# re.error for bad patterns and templates, with CPython's messages and
# positions; type errors for mixing str and bytes.
import re

print(issubclass(re.error, Exception))
patterns = [
    "a{3,1}", "*a", "a**", "a++b", "(a", "((a)", "a)", "[a", "[z-a]", "\\q", "a\\",
    "(?P<1>a)", "(?P=x)", "\\2(a)", "(a\\1)", "{1}a", "(?<x>a)", "x(?i)a", "\\x0", "\\u12",
    "[\\d-z]", "(?P<a>x)(?P<a>y)", "a|*", "^*", "(?", "(?P<a", "[]", "[^]", "(?Px)",
    "(?P<>a)", "\\777", "a{1,2}{3}",
]
for pattern in patterns:
    try:
        compiled = re.compile(pattern)
        print(repr(pattern), "compiled, groups:", compiled.groups)
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.msg, e.pos, e.pattern == pattern)
try:
    re.compile("ab\n(c")
except re.error as e:
    print(e, e.lineno, e.colno)

for template in [r"\2", r"\g<2>", r"\g<x>", r"\g<", r"\g<1", r"\q", "\\"]:
    try:
        print(repr(template), re.sub("(a)", template, "a"))
    except (re.error, IndexError) as e:
        print(repr(template), type(e).__name__, e)

for call in [
    lambda: re.match("a", b"a"),
    lambda: re.match(b"a", "a"),
    lambda: re.match("a", 5),
    lambda: re.sub("a", b"x", "a"),
    lambda: re.compile(5),
    lambda: re.compile(re.compile("a"), re.I),
]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Backtracking goes through an explicit stack: long inputs work.
print(re.match("(?:a|b)*c", "ab" * 20000 + "c").end())
print(len(re.findall(r"\w+", "word " * 300)))
print(re.fullmatch("(a+)+", "a" * 2000) is not None)
