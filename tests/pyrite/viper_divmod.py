# int // and % in viper floor, as Python's; dividing by zero raises.


@micropython.viper
def div(x: int, y: int) -> int:
    return x // y


@micropython.viper
def mod(x: int, y: int) -> int:
    return x % y


for x in (7, -7, 0):
    for y in (2, -2, 7, -8):
        print(x, y, div(x, y), mod(x, y), x // y == div(x, y), x % y == mod(x, y))

minimum = -(2**63)
print(div(minimum, -1), mod(minimum, -1))
try:
    div(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    mod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
