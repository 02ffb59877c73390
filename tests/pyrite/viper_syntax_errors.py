# Malformed viper annotations and decorators are SyntaxErrors.


def check(code):
    try:
        exec(code)
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)


check("@micropython.viper\ndef f(a: 1): pass")
check("@micropython.viper\ndef f() -> 1: pass")
check("@micropython.viper\ndef f(a: x.y): pass")
check("@micropython.viper\ndef f(a: int, b: ptr8, *c, **d) -> uint: pass")
check("@micropython.nonsense\ndef f(): pass")
# A plain function may annotate anything.
check("def f(a: 1) -> 2: pass")
