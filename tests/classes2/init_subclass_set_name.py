# __init_subclass__ with keywords, and __set_name__ on descriptors.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__
        Plugin.registry[cls.plugin_name] = cls

class Csv(Plugin, name="csv"):
    pass

class Json(Plugin):
    pass

print(sorted(Plugin.registry), Csv.plugin_name, Json.plugin_name)

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.storage, value)

class Record:
    width = Field()
    height = Field()

r = Record()
print(Record.width.name, Record.height.storage, Record.width.owner)
print(r.width)
r.width = 3
print(r.width, r._width, vars(r))
