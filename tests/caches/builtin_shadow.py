# Builtins read by warmed code, then shadowed and unshadowed by globals and
# replaced in the builtins module.
import builtins


def count(items):
    return len(items)


def count_loop(items, n):
    total = 0
    for _ in range(n):
        total += len(items)
    return total


data = [1, 2, 3]
print(count(data), count_loop(data, 3))
len = lambda items: 100
print(count(data), count_loop(data, 3))
del len
print(count(data), count_loop(data, 3))
globals()["len"] = lambda items: 200
print(count(data))
globals().pop("len")
print(count(data))

# Replaced in builtins, then restored.
original = builtins.len
builtins.len = lambda items: 300
print(count(data))
len = lambda items: 400  # a global still wins over builtins
print(count(data))
del len
print(count(data))
builtins.len = original
print(count(data))


# A new builtin, then removed.
def read_new():
    return brand_new_builtin


try:
    read_new()
except NameError as e:
    print("NameError:", e)
builtins.brand_new_builtin = "made"
print(read_new())
builtins.brand_new_builtin = "changed"
print(read_new())
brand_new_builtin = "global"
print(read_new())
del brand_new_builtin
print(read_new())
del builtins.brand_new_builtin
try:
    read_new()
except NameError as e:
    print("NameError:", e)


# Names the compiler reads as builtins directly (class bodies, assert).
class Box:
    size = len(data)


print(Box.size)


def check(v):
    assert v, "falsy"
    return "ok"


print(check(1))
try:
    check(0)
except AssertionError as e:
    print("AssertionError:", e)

# exec with separate globals: each namespace has its own view.
code = compile("result = abs(-5)", "<cache>", "exec")
plain = {}
shadowed = {"abs": lambda v: "shadow"}
for ns in (plain, shadowed, plain, shadowed):
    exec(code, ns)
    print(ns["result"])
