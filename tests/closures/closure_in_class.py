# closures inside methods and classes inside functions
def make_class(prefix):
    class Greeter:
        def greet(self, name):
            return prefix + name
    return Greeter
G = make_class("Hi ")
print(G().greet("Ann"), make_class("Yo ")().greet("Bo"))
class Counter:
    def make_incrementer(self, step):
        def inc():
            self.value += step
            return self.value
        return inc
    def __init__(self):
        self.value = 0
c = Counter()
inc2 = c.make_incrementer(2)
inc5 = c.make_incrementer(5)
print(inc2(), inc5(), inc2(), c.value)
def forward():
    def a():
        return b()
    def b():
        return "b via a"
    return a()
print(forward())
