# __traceback__, with_traceback, sys.exc_info, args and chaining attributes.
import sys

def fail():
    raise ValueError("bad", 42)

try:
    fail()
except ValueError as e:
    print(e.args, str(e), repr(e))
    tb = e.__traceback__
    print(tb is not None)
    kind, value, traceback = sys.exc_info()
    print(kind is ValueError, value is e, traceback is tb)

print(sys.exc_info())

try:
    try:
        fail()
    except ValueError as e:
        raise TypeError("replacement").with_traceback(e.__traceback__)
except TypeError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

e = RuntimeError("made")
print(e.__traceback__, e.with_traceback(None) is e)

try:
    raise KeyError("k") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

def nested_handlers():
    try:
        raise IndexError(1)
    except IndexError:
        try:
            raise KeyError(2)
        except KeyError:
            return sys.exc_info()[0].__name__
print(nested_handlers())

print(repr(StopIteration(5).value), SystemExit(3).code, KeyboardInterrupt().args)
err = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(err.encoding, err.start, err.end, err.reason, err)
