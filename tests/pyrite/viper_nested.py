# Viper functions nest, close over objects and are closed over.


@micropython.viper
def outer(n: int):
    @micropython.viper
    def inner(x: int) -> int:
        return x * 3

    items = [1, 2]

    def plain():
        return items

    return inner(n), plain()


print(outer(5))


def make():
    base = 10

    @micropython.viper
    def add(x):
        return base + x

    return add


print(make()(1))

# A captured variable is an object, even in viper code.
try:
    exec("def make():\n    base = 10\n    @micropython.viper\n    def add(x: int):\n        return base + x\n")
except ViperTypeError as e:
    print("ViperTypeError", e)
