# sys.tracebacklimit: an uncaught exception's traceback shows only that
# many innermost entries (and none, without the header, at 0 or below).
import sys


def f0():
    raise ValueError("innermost")


def f1():
    f0()


def f2():
    f1()


def f3():
    f2()


sys.tracebacklimit = 1000
print(hasattr(sys, "tracebacklimit"))
del sys.tracebacklimit
print(hasattr(sys, "tracebacklimit"))
sys.tracebacklimit = 2
f3()
