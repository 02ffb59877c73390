# staticmethod and classmethod
class Util:
    factor = 2
    def __init__(self, v):
        self.v = v
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, v):
        return cls(v * cls.factor)
    @classmethod
    def name(cls):
        return cls.__name__
class Sub(Util):
    factor = 10
print(Util.add(1, 2), Util(0).add(3, 4), Util.scaled(5).v, Sub.scaled(5).v)
print(type(Sub.scaled(1)).__name__, Sub.name(), Sub(1).name(), Util.name())
f = Util.add
print(f(5, 5))
