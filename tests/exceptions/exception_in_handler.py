# an exception raised in else or finally replaces the original
def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError("from else")
try:
    in_else()
except KeyError as e:
    print("caught", repr(e))
def in_finally():
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("from finally")
try:
    in_finally()
except TypeError as e:
    print("caught", repr(e), "context", repr(e.__context__))
def else_not_protected():
    try:
        pass
    except ZeroDivisionError:
        return "handler"
    else:
        return 1 / 0
try:
    else_not_protected()
except ZeroDivisionError:
    print("else clause errors are not caught by its own handlers")
