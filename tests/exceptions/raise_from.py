# raise ... from ... and implicit chaining
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__)
try:
    try:
        raise KeyError("x")
    except KeyError:
        raise TypeError("no chain") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
e = ValueError("plain")
print(e.__cause__, e.__context__)
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print(type(e).__name__, e)
