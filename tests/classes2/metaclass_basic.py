# Metaclasses: type(name, bases, dict), class C(metaclass=M), __new__/__init__
# of the metaclass, __call__ on the metaclass, class keywords.
Point = type("Point", (), {"x": 1, "describe": lambda self: f"Point x={self.x}"})
p = Point()
print(Point.__name__, p.describe(), type(Point) is type)

class Registry(type):
    classes = []

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        cls.tag = kwargs.get("tag", name.lower())
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.initialised = True

class Base(metaclass=Registry):
    pass

class Child(Base, tag="kid"):
    pass

print(Registry.classes, Base.tag, Child.tag, Child.initialised)
print(type(Child).__name__, isinstance(Child, Registry), issubclass(Child, Base))

class Singleton(type):
    def __call__(cls, *args):
        if "instance" not in cls.__dict__:
            cls.instance = super().__call__(*args)
        return cls.instance

class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value)

class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    @property
    def shout(cls):
        return cls.__name__.upper()

class Quiet(metaclass=Meta):
    pass

print(repr(Quiet), Quiet.shout)
try:
    Quiet().shout
except AttributeError as e:
    print("AttributeError:", e)
