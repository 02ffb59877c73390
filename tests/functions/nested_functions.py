# functions defined inside functions and returned
def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3), sorted(ops))
def outer(x):
    def middle(y):
        def inner(z):
            return x * 100 + y * 10 + z
        return inner
    return middle
print(outer(1)(2)(3))
def recursive_inner(n):
    def go(k):
        return 1 if k == 0 else k * go(k - 1)
    return go(n)
print(recursive_inner(10))
def each_call_new():
    def f():
        pass
    return f
print(each_call_new() is each_call_new())
