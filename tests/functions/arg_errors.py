# TypeError messages for argument mismatches
def f(a, b):
    pass
def g():
    pass
def h(a, b=1, *, c):
    pass
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: g(1),
    lambda: f(1, 2, b=3),
    lambda: f(1, c=3),
    lambda: h(1),
    lambda: h(1, 2, 3),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
