# closures capture variables, not values
def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in make()])
def make_bound():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in make_bound()])
def late():
    def get():
        return v
    v = 1
    r1 = get()
    v = 2
    return r1, get()
print(late())
def adder(n):
    return lambda x: x + n
add3 = adder(3)
add10 = adder(10)
print(add3(1), add10(1), adder(0)(0))
def shared():
    val = [0]
    def a():
        val[0] += 1
    def b():
        return val[0]
    return a, b
inc, read = shared()
inc(); inc()
print(read())
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(10)(100)(1000))
