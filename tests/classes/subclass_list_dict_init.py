# list and dict subclasses: __new__ makes an empty container, __init__
# (the subclass's, or list's/dict's) fills it.
class Pair(list):
    def __init__(self, a, b):
        super().__init__([a, b])


print(Pair(2, 3), len(Pair(4, 5)))


class Plain(list):
    pass


print(Plain("abc"), Plain())


class Named(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self["extra"] = True


print(Named(), Named([("a", 1)], b=2))


class Counted(dict):
    pass


print(Counted(x=1), Counted({"y": 2}))

l = [1, 2, 3]
l.__init__("xy")
print(l)
d = {"keep": 1}
d.__init__(new=2)
print(d)
for bad in (lambda: list(1, 2), lambda: Plain(1, 2), lambda: Counted(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
