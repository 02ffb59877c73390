def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            return "one"
        print("body", n)
    except ValueError as e:
        print("caught", e)
        return "handled"
    else:
        print("else", n)
    finally:
        print("finally", n)
    return "end"
print(f(0))
print(f(1))
print(f(2))
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("g", i)
        finally:
            print("g finally", i)
    return i
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print("chain", repr(e), type(e.__context__).__name__)
try:
    raise TypeError("a") from ValueError("b")
except TypeError as e:
    print(repr(e), repr(e.__cause__))
try:
    try:
        raise IndexError("x")
    except (KeyError, IndexError) as e:
        print("tuple match", type(e).__name__)
        raise
except IndexError as e:
    print("reraised", e)
try:
    [][1]
except LookupError:
    print("lookup")
def nested_finally():
    try:
        try:
            raise ValueError
        finally:
            print("inner finally")
    except ValueError:
        print("outer except")
    finally:
        print("outer finally")
nested_finally()
class MyError(Exception):
    pass
try:
    raise MyError("mine")
except Exception as e:
    print(type(e).__name__, e.args)
try:
    e
except NameError:
    print("e unbound after except")
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                break
    return i
print(swallow())
import sys
try:
    raise RuntimeError("info")
except RuntimeError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
try:
    assert 1 == 2, "message"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert2", repr(e))
def finally_value():
    x = 1
    try:
        return x
    finally:
        x = 2
print(finally_value())
