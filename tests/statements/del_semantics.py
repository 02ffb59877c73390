# del on names, items, slices and attributes
x = [0, 1, 2, 3, 4, 5]
del x[1], x[2]
print(x)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    def __init__(self):
        self.a = 1
        self.b = 2
o = O()
del o.a
print(vars(o))
y = 5
def f():
    global y
    del y
f()
print("y" in globals())
lst = [1, 2, 3]
alias = lst
del lst
print(alias)
try:
    del alias[5]
except IndexError as e:
    print(type(e).__name__, e)
