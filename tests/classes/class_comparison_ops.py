# rich comparison methods and reflected comparisons
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __repr__(self):
        return "Ver(" + ".".join(map(str, self.parts)) + ")"
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9"), Ver("1.2")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.0") < Ver("1.0.0"), Ver("2") >= Ver("1.99"), Ver("1.2") == Ver("1.2"), Ver("1.2") != Ver("1.2"))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(2) > OnlyLt(1), OnlyLt(1) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
