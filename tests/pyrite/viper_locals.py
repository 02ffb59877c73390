# A local's type comes from the first value stored to it (annotations of
# locals are ignored, as MicroPython); objects stay objects.


@micropython.viper
def f(n: int):
    a = 7
    b: uint = a
    c = [a, b]
    d = c
    d.append(n + a)
    e = "s"
    e = e + e
    return a, b, c, e


print(f(3))


@micropython.viper
def unbound(flag: int) -> int:
    if flag:
        x = 5
    return x


print(unbound(1))
try:
    unbound(0)
except UnboundLocalError:
    print("UnboundLocalError")


@micropython.viper
def augment(x: int) -> int:
    y = x
    y += 10
    y -= 1
    y *= 2
    y <<= 1
    y >>= 2
    y |= 64
    y &= 0xFF
    y ^= 1
    return y


print(augment(1))
