# Builtin functions and methods of builtin types called with the right and
# the wrong arguments: the quick argument check must keep CPython's errors.


def check(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


for n in [0, 1, -1, 7, -7, 2**62 - 1, -(2**62), -(2**62) - 1, 2**63, -(2**63), -(2**100)]:
    print(abs(n), abs(n) == (n if n >= 0 else -n))
print(abs(True), abs(False), abs(-2.5), abs(-0.0), abs(3 - 4j))


class Magnitude:
    def __abs__(self):
        return "abs called"


class MyInt(int):
    def __abs__(self):
        return "MyInt.__abs__"


print(abs(Magnitude()), abs(MyInt(-3)))
check(lambda: abs())
check(lambda: abs(1, 2))
check(lambda: abs(x=1))
check(lambda: abs("text"))
check(lambda: len())
check(lambda: len([], []))
check(lambda: len(obj=[]))
check(lambda: len(5))
check(lambda: repr())

items = []
for i in range(5):
    items.append(i * i)
print(items, len(items), str(len(items)))
check(lambda: list.append())
check(lambda: list.append((), 1))
check(lambda: str.upper(5))
check(lambda: int.bit_length("x"))


class Holder:
    push = list.append


check(lambda: Holder().push(1))


class MyList(list):
    pass


subclassed = MyList()
list.append(subclassed, 1)
subclassed.append(2)
print(subclassed, len(subclassed))
buffer = bytearray(4)
buffer[1] = 255
print(buffer, buffer[1], len(buffer), buffer.count(0))
