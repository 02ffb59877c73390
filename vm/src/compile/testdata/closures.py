def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print(c())
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()
print(outer())
def make_adders():
    return [lambda y, i=i: i + y for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
g = 10
def read_global():
    return g
def write_global():
    global g
    g = 20
write_global()
print(read_global(), g)
def param_cell(a):
    def get():
        return a
    a += 1
    return get()
print(param_cell(1))
def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
unbound()
def free_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    v = 3
    return inner()
print(free_unbound())
x = "module"
class K:
    x = "class"
    def m(self):
        return x
print(K().m())
