# bare raise re-raises the exception being handled
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("re-raised:", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
        raise
except KeyError as e2:
    print(e2 is err)
def keep():
    try:
        raise IndexError("first")
    except IndexError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    keep()
except Exception as e:
    print(type(e).__name__, e)
