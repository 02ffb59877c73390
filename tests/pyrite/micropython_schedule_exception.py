# an exception from a scheduled callback propagates where the program was
import micropython
def fail(arg):
    raise ValueError(arg)
micropython.schedule(fail, "from callback")
try:
    while True:
        pass
except ValueError as e:
    print("caught", e)
try:
    micropython.schedule(fail)
except TypeError:
    print("TypeError")
