# super() in methods, classmethods and chains
class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__
class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B>" + super().make()
class C(B):
    def hello(self):
        return "C>" + super().hello()
print(C().hello(), B().hello(), C.make())
class Base:
    def __init__(self):
        self.log = ["Base"]
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
print(Child().log)
class Explicit(B):
    def hello(self):
        return "E>" + super(B, self).hello()
print(Explicit().hello())
