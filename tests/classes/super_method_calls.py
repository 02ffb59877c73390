# super().name(...) calls: plain methods, class and static methods,
# properties, builtin bases, missing attributes, and a shadowed super
class Base:
    def greet(self, who):
        return "Base greets " + who

    @classmethod
    def make(cls):
        return "made " + cls.__name__

    @staticmethod
    def helper(x):
        return x * 2

    @property
    def value(self):
        return 10


class Child(Base):
    def greet(self, who):
        return "Child+" + super().greet(who)

    @classmethod
    def make(cls):
        return "Child " + super().make()

    def helper_twice(self):
        return super().helper(21)

    @property
    def value(self):
        return super().value + 1

    def missing(self):
        return super().nothing_here()

    def keyword(self):
        return super().greet(who="kw")


class GrandChild(Child):
    def greet(self, who):
        return "Grand+" + super().greet(who)


print(Child().greet("x"), GrandChild().greet("y"))
print(Child.make(), GrandChild.make())
print(Child().helper_twice(), Child().value, GrandChild().keyword())
try:
    Child().missing()
except AttributeError as e:
    print("AttributeError:", e)


class MyList(list):
    def append(self, item):
        super().append(item * 10)

    def total(self):
        return super().__len__() + sum(self)


ml = MyList()
ml.append(1)
ml.append(2)
print(ml, len(ml), ml.total())


class Init(Base):
    def __init__(self):
        super().__init__()
        self.ready = True


print(Init().ready)


def shadowed():
    calls = []

    def super(*args):
        calls.append(len(args))
        return Base()

    class Local(Base):
        def greet(self, who):
            return super().greet(who)

    try:
        print(Local().greet("z"))
    except Exception as e:
        print(type(e).__name__, e)
    return calls


print(shadowed())


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who())


class Meta(type):
    def describe(cls):
        return "meta " + cls.__name__


class WithMeta(metaclass=Meta):
    pass


class MetaChild(Meta):
    def describe(cls):
        return "child " + super().describe()


print(MetaChild("X", (), {}).describe())
