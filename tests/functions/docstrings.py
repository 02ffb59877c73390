# docstrings do not affect behaviour
def f():
    """Docstring only."""
def g():
    "one"
    return 1
class C:
    """Class doc."""
    def m(self):
        """method doc"""
        return "m"
print(f(), g(), C().m(), f.__doc__, C.__doc__, C.m.__doc__)
def h():
    x = 1
    "not a docstring"
    return x
print(h.__doc__, h())
