# comprehension loop variables do not leak
x = "outer x"
a = [x for x in range(3)]
print(a, x)
b = {x: 1 for x in "ab"}
c = {x for x in (7,)}
d = list(x for x in [9])
print(b, c, d, x)
n = 10
print([n * i for i in range(3)])
def f():
    k = 3
    return [k + j for j in range(2)]
print(f())
y = 5
print([y for y in range(y)])
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print([i for i in range(3)], "i" in dir())
