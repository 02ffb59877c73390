# classes: methods defined outside, class as object, nested classes
def external(self):
    return "external " + self.tag
class T:
    tag = "t"
    method = external
    class Inner:
        value = 42
print(T().method(), T.Inner.value, T.Inner().value)
Kind = T
print(Kind().tag, Kind is T)
classes = [int, str, list]
print([c("1") if c is not list else c("1") for c in classes])
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, sorted(e.__dict__))
print(Empty.__name__, type(Empty).__name__, type(e).__name__)
def factory(base):
    class Made(base):
        def who(self):
            return "made from " + base.__name__
    return Made
print(factory(object)().who(), factory(T)().tag)
