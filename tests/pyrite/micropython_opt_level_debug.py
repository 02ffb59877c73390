# micropython.opt_level: from 1, __debug__ is False and asserts are dropped
import micropython
print(__debug__)
micropython.opt_level(1)
print(micropython.opt_level())
exec("print(__debug__)")
exec("assert False, 'dropped'")
print("assert dropped")
micropython.opt_level(0)
try:
    exec("assert False, 'kept'")
except AssertionError as e:
    print("AssertionError", e)
