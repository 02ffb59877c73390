class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress
with CM("a") as cm:
    print("body", cm.name)
with CM("b", True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError:
    print("propagated")
with CM("d") as d1, CM("e") as e1:
    print("two", d1.name, e1.name)
def f():
    with CM("f"):
        return "returned"
print(f())
for i in range(2):
    with CM("loop"):
        if i == 0:
            continue
        break
