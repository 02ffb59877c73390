# Globals of one module rebound from another module, after the reads warmed.
import _cache_target as target


def read_many():
    total = 0
    for _ in range(5):
        total += target.read_counter()
    return total


print(read_many())
target.counter = 10  # module attribute assignment from outside
print(read_many())
target.bump()
print(target.read_counter())
setattr(target, "counter", 100)
print(target.read_counter())
target.__dict__["counter"] = 7
print(target.read_counter())
del target.counter
try:
    target.read_counter()
except NameError as e:
    print("NameError:", e)
target.counter = 3
print(target.read_counter())

# A builtin the other module uses, shadowed in that module only.
print(target.read_len([1, 2, 3]))
target.len = lambda x: -1
print(target.read_len([1, 2, 3]))
print(len([1, 2, 3]))
del target.len
print(target.read_len([1, 2, 3]))

# vars() of a module is its namespace.
vars(target)["counter"] = 42
print(target.read_counter())
vars(target).update({"counter": 43, "extra": 1})
print(target.read_counter())
vars(target).pop("counter")
try:
    target.read_counter()
except NameError as e:
    print("NameError:", e)
vars(target).setdefault("counter", 44)
print(target.read_counter())
