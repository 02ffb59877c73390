# Object code inside a viper function behaves as in Python: calls,
# attributes, containers, globals, try/with; typed values become ints.
counter = 0


class Box:
    pass


@micropython.viper
def work(box, n: int):
    global counter
    counter = n * 2
    box.value = n + 1
    box.items = {"k": n, n: [n, (n,)]}
    try:
        box.missing
    except AttributeError:
        box.caught = True
    return sorted(k for k in dir(box) if not k.startswith("_")), box.value, box.items[n]


b = Box()
print(work(b, 4))
print(counter, b.items["k"])


@micropython.viper
def stringy(s) -> object:
    return s.upper() + "!"


print(stringy("hi"))
