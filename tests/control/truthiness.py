# truthiness in if and while conditions
for v in (0, 1, -1, 0.0, 0.5, "", " ", [], [[]], (), {}, set(), None, range(0), b"", 2 ** 100, -0.0):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
if B(True):
    print("yes")
while B(False):
    print("never")
print(not B(True))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
