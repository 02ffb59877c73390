# a class's __dict__ and a builtin type's
class Foo:
    a = 1

    def method(self):
        pass


d = Foo.__dict__
print(d["a"], "method" in d, "nothere" in d)
print("from_bytes" in int.__dict__, "append" in list.__dict__, "keys" in dict.__dict__)
print("append" in tuple.__dict__, type(type("")).__dict__ is not None)
A = type("A", (), {"x": 1, "y": 2})
print([k for k in A.__dict__ if not k.startswith("_")])
