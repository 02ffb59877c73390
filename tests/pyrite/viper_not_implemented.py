# Constructs viper does not compile raise NotImplementedError at compile
# time, as MicroPython.


def check(code):
    try:
        exec("@micropython.viper\n" + code)
        print("compiled")
    except NotImplementedError as e:
        print(type(e).__name__, e)


check("def f():\n    yield 1")
check("def f():\n    yield from ()")
check("def f():\n    try:\n        pass\n    except:\n        raise")
check("def f():\n    raise ValueError from None")
check("def f():\n    return int(int)")
check("def f():\n    print(ptr8(0))")
check("def f():\n    raise ValueError")
