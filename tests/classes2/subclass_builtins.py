# Subclassing the builtin types: list, dict, int, str, tuple, Exception.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s[1:3], isinstance(s, list), type(s).__name__)
print(sum(s), sorted(s, reverse=True), 3 in s, s + [5])

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1

c = Counter()
for ch in "mississippi":
    c.add(ch)
print(sorted(c.items()), c["z"], len(c), isinstance(c, dict))

class Meters(int):
    def __repr__(self):
        return f"{int(self)} m"
    def __add__(self, other):
        return Meters(int(self) + int(other))

m = Meters(5) + Meters(7)
print(repr(m), m * 2, m > 10, hex(m), type(m * 2).__name__)

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(n.shout(), n + " lovelace", n.capitalize(), len(n), n == "ada", {n: 1}["ada"])

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])

p = Pair(1, 2)
print(p, p.first, p.swap(), p == (1, 2), len(p), hash(p) == hash((1, 2)))

class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e, e.args, e.code, isinstance(e, AppError))

class Loud(KeyError):
    pass
try:
    {}["x"]
except KeyError as e:
    try:
        raise Loud("y") from e
    except LookupError as e2:
        print(repr(e2), repr(e2.__cause__))
