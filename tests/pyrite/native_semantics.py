# @micropython.native keeps Python semantics: defaults, keywords, *args,
# **kwargs, closures and recursion behave as in a plain function.
import micropython


@micropython.native
def f(a, b=2, *args, c=3, **kwargs):
    return a, b, args, c, sorted(kwargs.items())


print(f(1))
print(f(1, 5, 6, 7, c=8, z=9))


@micropython.native
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(25))


@micropython.native
def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


bump = counter()
bump()
print(bump())
print(f.__name__, fact.__qualname__)
