# The emitter decorators are recognised by spelling at compile time (no
# import needed) and are not called; other decorators still apply.


def shout(fn):
    def wrapper(*args):
        return str(fn(*args)).upper()

    return wrapper


@shout
@micropython.native
def greet(name):
    return "hello " + name


print(greet("pyrite"))


@micropython.bytecode
def plain():
    return "bytecode"


print(plain())


@micropython.native
@shout
def inner_first(x):
    return "x" * x


print(inner_first(3))

for bad in ("@micropython.fast", "@micropython.native.x"):
    try:
        exec(bad + "\ndef f():\n    pass\n")
    except SyntaxError as e:
        print("SyntaxError", e.msg)

# A real attribute of a module named micropython is not special elsewhere.
import micropython

print(micropython.const(7))
