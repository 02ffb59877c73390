# Traceback objects: exc.__traceback__, sys.exc_info()[2] and __exit__'s
# third argument, their frames (tb_next, tb_lineno) and reassignment.
import sys


def inner():
    raise ValueError("deep")


def middle():
    inner()


def lines_of(tb):
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    return lines


try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, repr(tb).startswith("<traceback object at 0x"))
    print(lines_of(tb))
    print(type(tb.tb_lasti).__name__, tb.tb_next.tb_next.tb_next)
    kind, value, info_tb = sys.exc_info()
    print(kind.__name__, value is e, lines_of(info_tb))
    print(info_tb is e.__traceback__, e.__traceback__ is e.__traceback__)
    saved = e

# The traceback object handed out before still describes its frames.
print(lines_of(saved.__traceback__))
print(ValueError("never raised").__traceback__)

# with_traceback and assignment keep a traceback's frames.
again = RuntimeError("again").with_traceback(saved.__traceback__.tb_next)
print(lines_of(again.__traceback__))
try:
    raise again
except RuntimeError as e:
    print(lines_of(e.__traceback__))
try:
    saved.__traceback__ = "not a traceback"
except TypeError as e:
    print("TypeError:", e)
try:
    ValueError().with_traceback(42)
except TypeError as e:
    print("TypeError:", e)
saved.__traceback__ = None
print(saved.__traceback__)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind and kind.__name__, type(tb).__name__)
        if tb is not None:
            print(lines_of(tb))
        return True


with Manager():
    pass
with Manager():
    middle()
with Manager():
    undefined_name


# A generator's frames are part of the traceback too.
def gen():
    yield 1
    raise KeyError("from generator")


try:
    for item in gen():
        pass
except KeyError as e:
    print(lines_of(e.__traceback__))

# Printing is unchanged by all this.
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise LookupError("wrapped").with_traceback(e.__traceback__)


reraiser()
