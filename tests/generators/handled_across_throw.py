# A generator's own `except` block keeps its exception across yields, even
# when it is the very object its caller is handling, and the caller's
# handled exception shows through only where the generator handles none.
import sys


def name(info):
    return None if info[1] is None else repr(info[1])


# 1. The same exception object thrown while the caller handles it.
def catcher():
    try:
        yield "start"
    except ValueError:
        yield "caught"
        print("after resume:", name(sys.exc_info()))
        try:
            raise
        except ValueError as e:
            print("bare raise re-raised:", repr(e))
    yield "done"


g = catcher()
next(g)
e = ValueError("shared")
try:
    raise e
except ValueError as handled:
    print("thrown:", g.throw(handled))
print("outside:", name(sys.exc_info()))
print(next(g))


# 2. The generator yields in its except; the caller handles a different
#    exception between resumes: the generator sees its own.
def own():
    try:
        raise KeyError("mine")
    except KeyError:
        yield 1
        print("own, resumed under TypeError:", name(sys.exc_info()))
        yield 2
        print("own, resumed with nothing:", name(sys.exc_info()))
    print("own, after except:", name(sys.exc_info()))
    yield 3


g = own()
print(next(g))
try:
    raise TypeError("caller's")
except TypeError:
    print(next(g))
    print("caller still has:", name(sys.exc_info()))
print(next(g))
try:
    raise IndexError("second caller's")
except IndexError:
    pass
print("outer:", name(sys.exc_info()))


# After the generator leaves its except block on a later resume, it sees
# what its caller handles at that resume, not at the first.
def leaves():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "in except"
    print("left except:", name(sys.exc_info()))
    yield "after"
    print("later:", name(sys.exc_info()))
    yield "end"


g = leaves()
try:
    raise TypeError("first caller")
except TypeError:
    print(next(g))
print(next(g))
try:
    raise OSError("third caller")
except OSError:
    print(next(g))


# 3. Yield outside any except while the caller handles something: a bare
#    raise in the generator re-raises the caller's exception.
def plain():
    yield "ready"
    print("plain sees:", name(sys.exc_info()))
    try:
        raise
    except Exception as e:
        print("plain re-raised:", repr(e))
    yield "again"


g = plain()
print(next(g))
try:
    raise LookupError("caller")
except LookupError:
    print(next(g))


def no_handler():
    yield 1
    raise


g = no_handler()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)


# 4. Nested try in the generator.
def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            yield "inner handler"
            print("nested inner:", name(sys.exc_info()))
        yield "outer handler"
        print("nested outer:", name(sys.exc_info()))
        try:
            raise
        except KeyError as e:
            print("nested re-raised:", repr(e))
    yield "none"
    print("nested after:", name(sys.exc_info()))


g = nested()
for step in range(3):
    try:
        raise ZeroDivisionError(step)
    except ZeroDivisionError:
        print(next(g))
print(next(g, "finished"))


# A finally block run on the exceptional path also keeps its exception.
def in_finally():
    try:
        raise ValueError("finally path")
    finally:
        yield "in finally"
        print("finally sees:", name(sys.exc_info()))


g = in_finally()
try:
    raise TypeError("caller")
except TypeError:
    print(next(g))
try:
    next(g)
except ValueError as e:
    print("escaped:", repr(e), "context:", repr(e.__context__))
