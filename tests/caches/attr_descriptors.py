# Descriptors, __getattr__, __setattr__ and __slots__ meeting warmed caches.


class Logged:
    """A data descriptor: wins over the instance dict."""

    def __get__(self, obj, owner):
        return "descriptor get"

    def __set__(self, obj, value):
        print("descriptor set", value)


class NonData:
    """A non-data descriptor: the instance dict wins over it."""

    def __get__(self, obj, owner):
        return "non-data get"


class Thing:
    def __init__(self):
        self.plain = 1


t = Thing()
for _ in range(3):
    t.plain
    t.plain = 2
print(t.plain)
Thing.plain = Logged()
print(t.plain)
t.plain = 3
print(vars(t))
Thing.plain = NonData()
print(t.plain)
del t.plain
print(t.plain)
del Thing.plain
try:
    t.plain
except AttributeError as e:
    print("AttributeError:", e)


# __getattr__ added after a miss path warmed.
class Lazy:
    def __init__(self):
        self.here = "here"


z = Lazy()
for _ in range(3):
    z.here
print(z.here)
try:
    z.missing
except AttributeError as e:
    print("AttributeError:", e)
Lazy.__getattr__ = lambda self, name: "computed " + name
print(z.missing, z.here)
del Lazy.__getattr__
try:
    z.missing
except AttributeError as e:
    print("AttributeError:", e)


# __setattr__ added after stores warmed.
class Guarded:
    def __init__(self):
        self.value = 0


g = Guarded()
for i in range(3):
    g.value = i
print(g.value)


def guarded_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 10)


Guarded.__setattr__ = guarded_setattr
g.value = 4
print(g.value)
del Guarded.__setattr__
g.value = 5
print(g.value)


# A subclass overriding a method after calls through the base warmed.
class Animal:
    sound = "..."

    def speak(self):
        return self.sound


class Dog(Animal):
    sound = "woof"


animals = [Animal(), Dog()]
for _ in range(3):
    [a.speak() for a in animals]
print([a.speak() for a in animals])
Dog.speak = lambda self: "override " + self.sound
Animal.sound = "silence"
print([a.speak() for a in animals])


# __slots__ classes.
class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


s = Slotted()
for i in range(3):
    s.a = s.a + i
print(s.a)
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)


# classmethod / staticmethod / property in the class, reads warmed.
class Mixed:
    kind = "mixed"

    def __init__(self):
        self._v = 5

    @property
    def v(self):
        return self._v * 2

    @classmethod
    def make(cls):
        return cls.kind

    @staticmethod
    def helper(x):
        return x + 1


m = Mixed()
for _ in range(3):
    m.v, m.make(), m.helper(1)
print(m.v, m.make(), m.helper(1))
m._v = 6
Mixed.kind = "changed"
print(m.v, m.make(), m.helper(1))
Mixed.helper = staticmethod(lambda x: x * 100)
print(m.helper(2))
