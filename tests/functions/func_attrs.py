# functions are first-class objects
def greet(name):
    "Return a greeting."
    return "hi " + name
print(greet.__name__, greet.__doc__, callable(greet), callable(5))
say = greet
print(say("bob"), say is greet)
def apply(fn, *args):
    return fn(*args)
print(apply(greet, "amy"), apply(max, 3, 9, 2))
greet.custom = 42
print(greet.custom)
table = {"double": lambda x: 2 * x, "neg": lambda x: -x}
print([table[k](5) for k in ("double", "neg")])
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__name__)
