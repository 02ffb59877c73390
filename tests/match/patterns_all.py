# Every pattern kind: literal, capture, wildcard, value (dotted), group,
# sequence (with star), mapping (with **rest), class (positional via
# __match_args__ and keyword), OR, AS, and guards.
import sys

class Color:
    RED = "red"
    GREEN = "green"

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def describe(subject):
    match subject:
        case None:
            return "None literal"
        case True:
            return "True literal"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex literal"
        case "hello" | b"hello":
            return "a greeting"
        case Color.RED:
            return "value pattern red"
        case (Color.GREEN):
            return "grouped value pattern"
        case []:
            return "empty sequence"
        case [x]:
            return f"one element {x!r}"
        case [first, *_, last] if first == last:
            return f"same ends {first!r}"
        case [int() as a, int() as b, *rest]:
            return f"two ints {a} {b} then {len(rest)} more"
        case (str(), *others):
            return f"starts with a str, {len(others)} others"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} with {sorted(rest)}"
        case {"type": _}:
            return "mapping with a type"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point() as c, radius=float() | int() as r):
            return f"circle r={r} at ({c.x}, {c.y})"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case float(f):
            return f"float {f}"
        case _:
            return f"something else: {type(subject).__name__}"

cases = [None, True, 0, 0.0, False, -1, 1 + 2j, "hello", b"hello", "red", "green", [], (),
         [7], [1, 2, 1], [1, 2, 3, 4], ("a", 1, 2), ["a"], {"type": "user", "name": "ada", "id": 1, "x": 2},
         {"type": 3, "other": 1}, {"name": "no type"}, Point(0, 0), Point(0, 5), Point(3, 3),
         Point(1, 2), Circle(Point(1, 2), 20), Circle(Point(1, 2), 2.5), 1000, 5, "long one", "abc",
         3.5, range(3), {1, 2}, "ab"]
for subject in cases:
    print(repr(subject) if not isinstance(subject, (Point, Circle)) else type(subject).__name__,
          "->", describe(subject))

match sys.version_info:
    case (major, minor, *_) if major >= 3:
        print("python 3 style version tuple:", major >= 3, minor >= 0)

def walrus_and_nesting(commands):
    out = []
    for command in commands:
        match command.split():
            case ["go", ("north" | "south" | "east" | "west") as direction]:
                out.append(f"going {direction}")
            case ["take", *items] if (n := len(items)) > 0:
                out.append(f"taking {n}: {', '.join(items)}")
            case ["quit" | "exit"]:
                out.append("bye")
                break
            case [verb, *_]:
                out.append(f"unknown verb {verb!r}")
            case []:
                out.append("nothing")
    return out

print(walrus_and_nesting(["go north", "take lamp key", "take", "", "dance now", "exit", "go east"]))
