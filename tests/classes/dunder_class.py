# Every object has __class__, its type.
def f():
    pass


class A:
    def method(self):
        pass


def gen():
    yield


values = [1, 2.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, f, A().method,
          gen(), range(3), slice(1), object(), iter([]), A()]
for v in values:
    print(v.__class__ is type(v), v.__class__.__name__)
print(int.__class__, A.__class__)
print(repr(object())[:15])
