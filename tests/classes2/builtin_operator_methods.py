# The operator methods of builtin types, called by name: through super()
# in subclasses, on the type, and bound to values.


class Loud(str):
    def __add__(self, other):
        return Loud(super().__add__(other).upper())

    def __repr__(self):
        return "Loud(" + super().__repr__() + ")"


print(repr(Loud("ab") + "cd"), str(Loud("x")))


class Meters(int):
    def __repr__(self):
        return "Meters(" + super().__repr__() + ")"

    def __add__(self, other):
        return Meters(super().__add__(other))

    __radd__ = __add__

    def __lt__(self, other):
        print("lt", int(self), other)
        return super().__lt__(other)


total = Meters(3) + 4
print(repr(total), repr(10 + Meters(1)), str(Meters(7)))
print(Meters(1) < Meters(2), Meters(5) < 2, sorted([Meters(3), Meters(1)]))
print(Meters(2).__lt__("x"), int.__add__(Meters(2), "x"))


class Stack(list):
    def __iadd__(self, other):
        print("iadd", other)
        return super().__iadd__(other)

    def __repr__(self):
        return "Stack" + super().__repr__()

    def __reversed__(self):
        return super().__reversed__()


s = Stack([1])
s += [2, 3]
print(s, type(s).__name__, list(reversed(s)))
print(list.__add__([1], [2]), list.__mul__([0], 3), list.__rmul__([1], 2))


class Settings(dict):
    def __or__(self, other):
        return Settings(super().__or__(other))

    def __ior__(self, other):
        return super().__ior__(other)


merged = Settings(a=1) | {"b": 2}
print(type(merged).__name__, merged)
merged |= {"c": 3}
print(type(merged).__name__, merged)


class Tags(set):
    def __sub__(self, other):
        return Tags(super().__sub__(other))


print(sorted(Tags({1, 2, 3}) - {2}), type(Tags({1}) - set()).__name__)

# On the types themselves.
print(int.__repr__(5), float.__repr__(1.5), str.__repr__("a"), tuple.__repr__((1,)))
print(int.__lt__(1, 2), int.__ge__(1, 2), float.__gt__(2.5, 1), str.__le__("a", "b"))
print(int.__lt__(1, "a"), int.__add__(1, "a"), str.__mul__("ab", 3), str.__rmul__("ab", 2))
print(int.__rsub__(3, 10), int.__rpow__(2, 3), int.__pow__(2, 10, 1000), int.__rshift__(256, 4))
print(int.__and__(12, 10), int.__ror__(1, 2), int.__rxor__(3, 5), int.__invert__(5))
print(int.__divmod__(17, 5), int.__rdivmod__(5, 17), float.__divmod__(7.5, 2))
print(int.__bool__(0), int.__bool__(-3), float.__bool__(0.0), type(None).__bool__(None))
print(int.__trunc__(7), int.__floor__(-2), int.__ceil__(True), complex.__complex__(1j))
print(int.__hash__(7), hash("abc") == str.__hash__("abc"), tuple.__hash__((1, 2)) == hash((1, 2)))
print(str.__str__("text"), str.__mod__("%d-%s", (1, "a")), bytes.__add__(b"a", b"b"))
print(set.__and__({1, 2}, {2, 3}), frozenset.__or__(frozenset({1}), {2}))
print(range.__bool__(range(0)), list(range.__reversed__(range(3))))
print(object.__lt__(object(), object()), object.__ge__(1, 2))

# Bound to values, and found by hasattr / getattr.
print((5).__add__(1), (5).__radd__(1), (2.0).__rtruediv__(1), "a".__add__("b"))
print(hasattr(1, "__lt__"), hasattr([], "__iadd__"), hasattr((), "__iadd__"))
print(hasattr(1, "__len__"), hasattr("", "__radd__"), hasattr({}, "__add__"))
print(hasattr({}, "__ior__"), hasattr(frozenset(), "__ior__"), hasattr(1.5, "__and__"))
print(callable(getattr(3, "__mul__")), [n for n in dir(int) if n in ("__lt__", "__radd__", "__len__")])


# str() of a str or exception subclass that defines only __repr__ is the
# builtin __str__, not the __repr__.
class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"


print(str(Quiet("message")), repr(Quiet("m")), str(Loud("plain")), f"{Loud('f')}")
