# `with` with several items: entered left to right, exited right to left,
# an exception seen by every __exit__, suppression by one of them.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.suppress

with Ctx("a") as a, Ctx("b") as b:
    print("body", a, b)

with Ctx("outer", suppress=True), Ctx("inner"):
    raise ValueError("boom")
print("after suppression")

try:
    with Ctx("x"), Ctx("y"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

class FailEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")
    def __exit__(self, *args):
        print("never")

try:
    with Ctx("first"), FailEnter():
        print("not reached")
except RuntimeError as e:
    print("caught", e)

with (Ctx("p") as p,
      Ctx("q") as q):
    print(p + q)

def early():
    with Ctx("ret"):
        return "returned"
print(early())

for i in range(3):
    with Ctx(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
