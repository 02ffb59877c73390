# subclassing builtin types
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return "missing " + str(key)
md = MyDict(a=1)
print(md["a"], md["b"], md.get("b"))
class MyError(KeyError):
    pass
try:
    raise MyError("mine")
except KeyError as e:
    print(type(e).__name__, e)
class Str(str):
    def shout(self):
        return self.upper() + "!"
print(Str("hi").shout(), Str("a") + "b", len(Str("abc")))
class Int(int):
    pass
print(Int(5) + 1, type(Int(5) + 1).__name__, Int(3) == 3)
