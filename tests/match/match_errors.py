# Errors raised while matching: a class pattern on a non-class, too many
# positional sub-patterns, __match_args__ of the wrong type; mapping
# patterns on non-mappings and defaultdict-like __missing__ (not called).
class P:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1

def attempt(subject, label):
    try:
        match subject:
            case P(x, y):
                return "two"
    except TypeError as e:
        return f"{label}: TypeError: {e}"
    return f"{label}: no match"

print(attempt(P(), "too many positionals"))
print(attempt(3, "non-P subject"))

class BadArgs:
    __match_args__ = ["a"]
    a = 1
try:
    match BadArgs():
        case BadArgs(x):
            print("matched", x)
except TypeError as e:
    print("TypeError:", e)

not_a_class = len
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)

class Missing(dict):
    def __missing__(self, key):
        return "made up"

match Missing(a=1):
    case {"b": value}:
        print("matched b", value)
    case {"a": value}:
        print("matched a", value)

match [1, 2, 3]:
    case [1, *rest] if rest:
        print("rest", rest)

match "text":
    case [*chars]:
        print("a str is not a sequence pattern subject", chars)
    case str(s):
        print("str pattern", s)

for value in (1, 1.0, True, "1"):
    match value:
        case int(x) if not isinstance(x, bool):
            print(repr(value), "int")
        case bool():
            print(repr(value), "bool")
        case float():
            print(repr(value), "float")
        case _:
            print(repr(value), "other")
