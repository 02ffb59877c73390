# module-level state shared by functions
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(registry, alpha(), beta())
CONFIG = {"debug": False}
def set_debug(flag):
    CONFIG["debug"] = flag
set_debug(True)
print(CONFIG)
total = 0
def add_all(items):
    global total
    for item in items:
        total += item
add_all([1, 2, 3])
add_all(range(4))
print(total)
print("registry" in globals(), type(globals()).__name__)
