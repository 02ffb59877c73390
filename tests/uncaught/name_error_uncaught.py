# an uncaught NameError in a function
def f():
    return undefined_variable
f()
