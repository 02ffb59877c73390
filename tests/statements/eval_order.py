# evaluation order of operands, arguments and subscripts
log = []
def v(x):
    log.append(x)
    return x
v(1) + v(2) * v(3)
print(log); log.clear()
def f(*a, **k):
    return a, k
f(v("a"), v("b"), k=v("c"))
print(log); log.clear()
d = {}
d[v("key")] = v("value")
print(log); log.clear()
[v(1), v(2)][v(0)]
print(log); log.clear()
{v("k1"): v("v1"), v("k2"): v("v2")}
print(log); log.clear()
v(1) if v(True) else v(2)
print(log); log.clear()
x = v([0, 0])
x[v(0)], x[v(1)] = v("p"), v("q")
print(log, x); log.clear()
v(3) ** v(2) ** v(1)
print(log)
