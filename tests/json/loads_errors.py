# json.loads errors: JSONDecodeError (a ValueError) with CPython's
# messages, positions, line and column numbers.
import json

print(issubclass(json.JSONDecodeError, ValueError))
cases = [
    "",
    "   ",
    "[1,",
    "[1,]",
    "[1 2]",
    "{",
    '{"a" 1}',
    '{"a":}',
    '{"a":1,}',
    '{"a":1 "b":2}',
    "{1: 2}",
    "{'a': 1}",
    '"\\x"',
    '"\\u12"',
    '"\\u12zz"',
    '"\\',
    '"abc',
    '"line\nbreak"',
    '"tab\there"',
    "1 2",
    "01",
    "1.",
    ".5",
    "-",
    "+1",
    "tru",
    "nul",
    "[1, 2] x",
    "\ufeff[1]",
    '\n\n  [1,\n   oops]',
    '{"k": [1, 2}',
    "[}",
    "nan",
    "-infinity",
]
for text in cases:
    try:
        print(repr(text), "->", repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == text)

try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("[1, oops]")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e.args)
e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno)
