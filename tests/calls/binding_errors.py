# The fast path of argument binding must leave CPython's messages for
# every call it cannot take.


def f(a, b):
    return a + b


def g(a, b=2):
    return a * b


class C:
    def m(self, x):
        return x


def check(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


check(lambda: f(1))
check(lambda: f())
check(lambda: f(1, 2, 3))
check(lambda: f(1, 2, c=3))
check(lambda: f(1, a=1))
check(lambda: g())
check(lambda: g(1, 2, 3))
check(lambda: C().m())
check(lambda: C().m(1, 2))
check(lambda: C.m(C()))
bound = C().m
check(lambda: bound())
check(lambda: bound(1, 2))
print(bound(5), g(3), g(3, 3))


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError:
    print("RecursionError")
print(f(2, 3))
