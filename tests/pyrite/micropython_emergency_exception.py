# exceptions constructed and raised while the heap is locked: a builtin
# exception with no argument or one becomes the emergency instance (its
# type, argument and a traceback of a few frames kept in preallocated
# storage); sys.print_exception prints in MicroPython's layout (no source
# lines, always "Type: message")
import io
import sys
import micropython


def report(exc):
    buf = io.StringIO()
    sys.print_exception(exc, buf)
    print(buf.getvalue(), end="")


def inner():
    raise ValueError(1)


def outer():
    inner()


def caught():
    micropython.heap_lock()
    try:
        outer()
    except ValueError as e:
        exc = e
    micropython.heap_unlock()
    return exc


exc = caught()
print(type(exc).__name__, exc.args)
report(exc)


def no_args():
    micropython.heap_lock()
    try:
        raise KeyError
    except KeyError as e:
        exc = e
    micropython.heap_unlock()
    return exc


report(no_args())


# two arguments do not fit: the MemoryError instead
def two_args():
    micropython.heap_lock()
    try:
        raise ValueError(1, 2)
    except ValueError:
        kind = "ValueError"
    except MemoryError:
        kind = "MemoryError"
    micropython.heap_unlock()
    return kind


print(two_args())

# an exception made beforehand, its traceback cleared, is raised again
# with the heap locked: the traceback is recorded into its old storage
made = StopIteration()
try:
    raise made
except StopIteration:
    pass


def raise_made():
    micropython.heap_lock()
    made.__traceback__ = None
    try:
        raise made
    except StopIteration:
        pass
    micropython.heap_unlock()


print(made.__traceback__ is None)
raise_made()
print(made.__traceback__ is None)
report(made)
made.__traceback__ = None
print(made.__traceback__)

# a deep traceback is cut short rather than failing
def deep(n):
    if n == 0:
        raise TypeError("deep")
    deep(n - 1)


def deep_caught():
    micropython.heap_lock()
    try:
        deep(20)
    except TypeError as e:
        exc = e
    micropython.heap_unlock()
    return exc


deep_exc = deep_caught()
text = io.StringIO()
sys.print_exception(deep_exc, text)
lines = text.getvalue().split("\n")
print(4 < len(lines) < 20, lines[0], lines[-2])
# outside the lock exceptions are ordinary again
try:
    raise ValueError("normal", 2)
except ValueError as e:
    report(e)
    print(e.args)
