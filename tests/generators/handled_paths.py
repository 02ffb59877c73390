# How a generator's handled exception follows yield from, break and continue out of
# an except block, return inside one, close() and finally blocks, and with.
import sys
def n():
    v = sys.exc_info()[1]
    return None if v is None else repr(v)

def inner():
    try:
        yield "inner start"
    except ValueError:
        yield "inner caught"
        print("inner sees", n())
        raise
def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", repr(e), "sees", n())
        yield "outer handler"
        print("outer resumed sees", n())
    yield "outer end"
    print("outer end sees", n())

g = outer()
print(next(g))
e = ValueError("same")
try:
    raise e
except ValueError:
    print(g.throw(e))
    print(next(g))
    print("caller sees", n())
print(next(g))
try:
    next(g)
except StopIteration:
    print("done, caller sees", n())

def loop_break():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            yield ("in", i)
            if i == 1:
                break
            continue
    yield ("after", n())
    try:
        raise
    except RuntimeError as r:
        print("no active:", r)
    except BaseException as b:
        print("reraised", repr(b))
g = loop_break()
try:
    raise OSError("c")
except OSError:
    for x in g:
        print(x)

def ret_in_except():
    try:
        raise KeyError("r")
    except KeyError:
        yield 1
        return "ret"
g = ret_in_except()
next(g)
try:
    next(g)
except StopIteration as s:
    print("returned", s.value, n())

def closing():
    try:
        raise KeyError("c")
    except KeyError:
        try:
            yield 1
        finally:
            print("finally on close sees", n())
g = closing()
next(g)
try:
    raise IndexError("caller")
except IndexError:
    g.close()
    print("after close caller sees", n())

def finally_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            pass
        finally:
            yield "f"
            print("finally_in_except sees", n())
    print("then", n())
    yield "z"
g = finally_in_except()
print(next(g))
try:
    raise OSError("o")
except OSError:
    print(next(g))

def ctx():
    class M:
        def __enter__(self): return self
        def __exit__(self, *a):
            print("exit sees", n())
            return True
    with M():
        yield "in with"
        raise ValueError("w")
    print("after with", n())
    yield "end"
g = ctx()
print(next(g))
try:
    raise TypeError("t")
except TypeError:
    print(next(g))
