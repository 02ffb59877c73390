# __context__ is set automatically on nested raises
try:
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__ + str(cur.args))
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)
def g():
    try:
        raise IndexError("i")
    except IndexError:
        pass
    raise ZeroDivisionError("z")
try:
    g()
except ZeroDivisionError as e:
    print(e.__context__)
