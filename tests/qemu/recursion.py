# Deep recursion is a RecursionError, never a stack overflow of the board:
# Python-to-Python calls, and recursion through native callbacks.
def f(n):
    return f(n + 1)


try:
    f(0)
except RecursionError:
    print("RecursionError from plain recursion")


def by_key(x):
    return sorted([x, x], key=by_key)


try:
    by_key(1)
except RecursionError:
    print("RecursionError through sorted(key=...)")


class Eq:
    def __eq__(self, other):
        return Eq() == Eq()


try:
    Eq() == Eq()
except RecursionError:
    print("RecursionError through __eq__")


class Init:
    def __init__(self, n):
        self.child = Init(n + 1)


try:
    Init(0)
except RecursionError:
    print("RecursionError through __init__")

nested = []
for _ in range(1000):
    nested = [nested]
try:
    repr(nested)
except RecursionError:
    print("RecursionError from repr of a deeply nested list")
print("still alive")
