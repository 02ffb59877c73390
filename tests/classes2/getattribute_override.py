# A class's own __getattribute__ answers every attribute load, methods
# included; __getattr__ runs only when it raises AttributeError.


class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print("get", name)
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name

    def method(self):
        return "method result"


item = Logged()
print(item.x)
print(item.magic)
print(item.method())
print(item.missing)
print(getattr(item, "x"), hasattr(item, "anything"))
print(getattr(item, "nope", "default"))


class Lowered(Logged):
    def __getattribute__(self, name):
        return super().__getattribute__(name.lower())


print(Lowered().X)


# object.__getattribute__ itself does not fall back to __getattr__.
class OnlyGetattr:
    def __getattr__(self, name):
        return "getattr " + name


try:
    object.__getattribute__(OnlyGetattr(), "absent")
except AttributeError as e:
    print("AttributeError", e)
print(OnlyGetattr().absent)


# A non-AttributeError from __getattribute__ propagates past __getattr__.
class Strict:
    def __getattribute__(self, name):
        raise KeyError(name)

    def __getattr__(self, name):
        return "never"


try:
    Strict().value
except KeyError as e:
    print("KeyError", e)


# Without __getattr__, its AttributeError reaches the caller unchanged.
class Hidden:
    secret = 1

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no peeking")
        return object.__getattribute__(self, name)


try:
    Hidden().secret
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(Hidden(), "secret"))


# Installed on the class after instances exist, and after the attribute
# was loaded (and cached) once the ordinary way.
class Late:
    def __init__(self):
        self.value = 5

    def read(self):
        return self.value


late = Late()
print(late.value, late.read())
Late.__getattribute__ = lambda self, name: "late " + name
print(late.value, late.other)


# A property and a data descriptor go through it too.
class WithProperty:
    @property
    def area(self):
        return 6

    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        return ("seen", value) if name == "area" else value


print(WithProperty().area)
