def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case None:
            return "none"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"seq {first} {rest}"
        case {"k": v, **others}:
            return f"map {v} {others}"
        case str() as s if len(s) > 3:
            return "long str " + s
        case str(s):
            return "str " + s
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(px, py):
            return f"point {px} {py}"
        case _:
            return "other"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
for value in [0, 2, None, [1, 2], (1, 2, 3), {"k": 1, "j": 2}, "hello", "hi", Point(0, 5), Point(1, 2), 3.5]:
    print(describe(value))
