# import statements inside functions bind local names
def f():
    import _helper
    from _helper import VALUE
    return _helper.greet("local"), VALUE
print(f())
print("_helper" in dir())
def g():
    import sys as system
    return type(system).__name__
print(g())
