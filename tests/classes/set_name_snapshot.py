# __set_name__ hooks run over a snapshot of the class namespace.
class Replace:
    def __init__(self, other, value):
        self.other, self.value = other, value

    def __set_name__(self, owner, name):
        print("set_name", name)
        setattr(owner, self.other, self.value)


class T:
    a = Replace("b", 312)
    b = Replace("a", 311)


print(T.a, T.b)


class Remove:
    def __init__(self, other):
        self.other = other

    def __set_name__(self, owner, name):
        print("set_name", name)
        delattr(owner, self.other)


class U:
    a = Remove("b")
    b = Remove("a")


print(hasattr(U, "a"), hasattr(U, "b"))
