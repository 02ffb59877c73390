# Viper code that breaks the typing rules is a ViperTypeError (a TypeError)
# at compile time, with MicroPython's messages.


def check(code):
    try:
        exec("@micropython.viper\n" + code)
        print("compiled")
    except ViperTypeError as e:
        print(type(e).__name__, isinstance(e, TypeError), e)


check("def f(x: unknown): pass")
check("def f():\n    print(x)\n    x = 1")
check("def f():\n    x = 1\n    x = []")
check("def f():\n    x = None\n    x = 1")
check("def f(x: ptr):\n    if x:\n        pass")
check("def f() -> int:\n    return []")
check("def f():\n    return 1")
check("def f(x: ptr):\n    return -x")
check("def f(x: int):\n    return not x")
check("def f():\n    1 + []")
check("def f(x: int, y: uint):\n    x < y")
check("def f(x: uint, y: uint):\n    x // y")
check("def f(x: int, y: int):\n    x ** y")
check("def f(x: int, y: int):\n    x / y")
check("def f(x: int):\n    x in x")
check("def f():\n    1[0]")
check("def f(x: ptr):\n    x[0]")
check("def f(x: ptr8, y):\n    x[y]")
check("def f(x: int):\n    x[0] = 1")
check("def f(x: ptr8):\n    x[0] = []")
check("def f(x: ptr8, y):\n    x[y] = 1")
check("def f():\n    raise 1")
check("def f(x: int):\n    x += []")
check("def f(x: int) -> int:\n    return x")
