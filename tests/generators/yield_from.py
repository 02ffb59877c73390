# yield from delegates and returns the subgenerator's value
def inner():
    yield "a"
    yield "b"
    return "inner result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from range(3)
    yield from "xy"
    yield from [10, 20]
print(list(outer()))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], []], [[5]]])))
def echo():
    while True:
        got = yield
        if got is None:
            return "stopped"
        print("inner got", got)
def delegator():
    result = yield from echo()
    yield "delegator saw " + result
d = delegator()
next(d)
d.send("hello")
d.send("world")
print(d.send(None))
