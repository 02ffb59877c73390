# for ... in range(...) in viper counts in a typed register.


@micropython.viper
def down(n: int):
    out = []
    for i in range(n, 0, -2):
        out.append(i)
    return out


@micropython.viper
def sums(a: int, b: int) -> int:
    total = 0
    for x in range(a, b):
        if x == 5:
            continue
        if x == 9:
            break
        total += x
    else:
        total = -1
    return total


@micropython.viper
def with_else(n: int) -> int:
    hits = 0
    for i in range(n):
        hits += 1
    else:
        hits += 100
    return hits


@micropython.viper
def objects(items):
    out = []
    for item in items:
        out.append(item)
    for i in range(int(len(items)), 0, -1):
        out.append(i)
    return out


print(down(9), down(0))
print(sums(0, 100), sums(0, 4))
print(with_else(3), with_else(0))
print(objects("ab"))


# Object bounds iterate a real range object: bad bounds raise as in Python.
@micropython.viper
def object_bounds(a, b):
    out = []
    for i in range(a, b):
        out.append(i)
    for j in range(b, a, -1):
        out.append(j)
    return out


print(object_bounds(1, 4))
try:
    object_bounds(0.5, 3)
except TypeError as e:
    print("TypeError", e)
