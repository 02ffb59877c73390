# Constants that compare equal but differ in sign (0.0 and -0.0) are kept
# apart by the compiler, inside tuples and complex numbers too.
a = (1.0, 0.0)
b = (1.0, -0.0)
print(a, b)
print([(1.0, 0.0), (1.0, -0.0)], [(0.0,), (-0.0,)])
print(0j, -0j, (0j, complex(0.0, -0.0)))
print(((0.0, (0.0, -0.0)), (-0.0, (0.0, 0.0))))


def f():
    return (2.0, 0.0), (2.0, -0.0)


print(f())
