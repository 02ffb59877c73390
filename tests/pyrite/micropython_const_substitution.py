# constants replace later uses of the name as a value, not definitions
from micropython import const
X = const(10)
Y = const(20)
import micropython as X
print(type(globals()["X"]).__name__)
def X():
    return X
print(globals()["X"]())
def f(Y):
    return Y
print(f(1))
import micropython
print(micropython.const(7) + const(-3))
