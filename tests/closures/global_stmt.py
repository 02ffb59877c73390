# global declarations
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def make_global():
    global created
    created = "new global"
make_global()
print(created)
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_only():
    return x
print(read_only())
def nested():
    def inner():
        global x
        x = "set from inner"
    inner()
nested()
print(x)
