# closures sharing and rebinding cells
def pair():
    x = 0
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g1, s1 = pair()
g2, s2 = pair()
s1(10)
print(g1(), g2())
s2("other")
print(g1(), g2())
def loop_closures():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    i = 99
    return [f() for f in out]
print(loop_closures())
def param_closure(v):
    def inner():
        return v
    v = v * 2
    return inner
print(param_closure(21)())
