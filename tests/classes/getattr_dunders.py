# __getattr__ fallback and __setattr__
class Proxy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "virtual:" + name
p = Proxy()
print(p.real, p.anything, getattr(p, "x"), hasattr(p, "zzz"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
l = Logged()
l.a = 5
print(l.a)
class Strict:
    def __getattr__(self, name):
        raise AttributeError("no " + name)
try:
    Strict().x
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(Strict(), "x", "fallback"))
