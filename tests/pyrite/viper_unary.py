# Unary operators on words wrap; on objects they are Python's.


@micropython.viper
def unary(x: int):
    return +x, -x, ~x


@micropython.viper
def obj(x):
    return +x, -x, ~x, not x


print(unary(5))
print(unary(-(2**63)))
print(unary(0))
print(obj(5), obj(0))
