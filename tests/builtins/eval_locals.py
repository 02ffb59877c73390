# eval and exec without namespaces see the caller's globals and locals
def f(x):
    y = 2
    return eval("x + y"), eval("x * 10 + y")
print(f(5))
def g():
    n = 3
    exec("print('n is', n)")
g()
class C:
    a = 1
    b = eval("a + 1")
print(C.b, eval("1+1"))
exec("q = 7")
print(q)
def h(x):
    try:
        return eval("[x * k for k in range(3)]")
    except NameError as e:
        return "NameError", str(e)
print(h(2))
