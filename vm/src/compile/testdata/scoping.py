x = 1
def f():
    global x
    x += 1
    def g():
        global x
        return x
    return g()
print(f(), x)
def outer():
    a = 1
    def mid():
        nonlocal a
        a = 2
        def inner():
            nonlocal a
            a = 3
        inner()
    mid()
    return a
print(outer())
def shadow():
    len = lambda s: 99
    return len("abc")
print(shadow(), len("abc"))
class A:
    y = 5
    def m(self):
        try:
            return y
        except NameError:
            return "no y"
print(A().m())
def locals_test(a, b):
    c = a + b
    return sorted(locals().items())
print(locals_test(1, 2))
def comp_scope():
    total = 0
    vals = [total + i for i in range(3)]
    return vals
print(comp_scope())
exec("q = 5")
print(q)
g = {}
exec("r = 1\ndef fn(): return r", g)
print(g["fn"]())
print(eval("1 + 2"))
l = {}
exec("s = 3", {}, l)
print(l)
