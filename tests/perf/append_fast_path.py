# `items.append(x)` is done by the dispatch loop without a native call
# when the receiver is an exact list; everything around it must still be
# the general method call: subclasses that override append, the unbound
# method, wrong argument counts, append held in a variable, keywords.


def show_error(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def show_error_type(action):
    # Pyrite's wording of argument-count errors of builtin methods differs
    # from CPython's (a known difference, not what this test is about).
    try:
        action()
    except Exception as e:
        print(type(e).__name__)


out = []
for i in range(5):
    out.append(i * i)
print(out, out.append(None), out)
out.append(out)
print(len(out), out[-1] is out)

list.append(out, "unbound")
print(out[-1])
add = out.append
add("bound")
print(out[-1])
show_error_type(lambda: out.append())
show_error_type(lambda: out.append(1, 2))
show_error_type(lambda: out.append(x=1))
show_error(lambda: list.append((1,), 2))
show_error(lambda: list.append())


class Logged(list):
    def append(self, x):
        print("append", x)
        list.append(self, x * 10)


logged = Logged()
for i in range(3):
    logged.append(i)
print(logged)


class Quiet(list):
    pass


quiet = Quiet()
quiet.append(1)
quiet.append(2)
print(quiet, type(quiet).__name__)


class NotAList:
    def append(self, x):
        return "own append " + str(x)


print(NotAList().append(3))
# A big list grows through many reallocations.
big = []
for i in range(3000):
    big.append(i)
print(len(big), sum(big), big[-1])
