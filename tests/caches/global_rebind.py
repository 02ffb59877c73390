# Reads of a global that warmed up, then the global changes in every way a
# program can change it.
x = 1


def read():
    return x


def read_loop(n):
    total = 0
    for _ in range(n):
        total += x
    return total


print(read(), read_loop(4))
x = 2
print(read(), read_loop(4))


def set_global(v):
    global x
    x = v


set_global(5)
print(read(), read_loop(3))
globals()["x"] = 6
print(read())
g = globals()
g.update(x=7)
print(read())
exec("x = 8")
print(read())
exec("x = 9", globals())
print(read())
del x
try:
    read()
except NameError as e:
    print("NameError:", e)
try:
    read_loop(2)
except NameError as e:
    print("NameError:", e)
g.setdefault("x", 10)
print(read())
print(g.pop("x"))
try:
    read()
except NameError as e:
    print("NameError:", e)

# A key that is a str built at run time (not interned) names the global too.
name = "".join(["x", ""])
key = "".join(["x", "y"])[:1]
g[key] = 11
print(read())
g[name] = 12
print(read(), len([k for k in g if k == "x"]))
del g[key]
try:
    read()
except NameError as e:
    print("NameError:", e)

# Many new globals (the dict grows and moves its entries) while a read
# stays warm.
x = 13
for i in range(40):
    g["filler%d" % i] = i
    if read() != 13:
        print("wrong after", i)
print(read())
for i in range(40):
    del g["filler%d" % i]
    if read() != 13:
        print("wrong after delete", i)
print(read())

# popitem and clear on a separate namespace.
ns = {}
exec("y = 1\ndef f():\n    return y\n", ns)
f = ns["f"]
print(f(), f())
ns["y"] = 2
print(f())
ns.popitem()  # removes f, not y
print(f())
ns.clear()
try:
    f()
except NameError as e:
    print("NameError:", e)
ns["y"] = 3
print(f())
