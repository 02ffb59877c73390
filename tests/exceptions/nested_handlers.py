# exceptions propagating through nested handlers and functions
def level3():
    raise IndexError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("not this one")
def level1():
    try:
        level2()
    except IndexError as e:
        print("level1 caught", e)
        return "handled"
print(level1())
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print("outer got", e, "context", repr(e.__context__))
for exc in (ValueError, KeyError, ZeroDivisionError, AttributeError):
    try:
        try:
            raise exc("x")
        except (ValueError, KeyError) as e:
            print("first handler", type(e).__name__)
        except ZeroDivisionError as e:
            print("second handler", type(e).__name__)
    except Exception as e:
        print("escaped", type(e).__name__)
