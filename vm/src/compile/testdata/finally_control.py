# finally / control flow edge cases
def f1():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return "ret", i
            finally:
                print("inner fin", i)
        finally:
            print("outer fin", i)
print(f1())
def f2():
    try:
        try:
            return 1
        except Exception:
            print("no")
    finally:
        print("f2 finally")
print(f2())
def f3():
    try:
        try:
            return 1
        except ValueError:
            print("wrong")
    finally:
        try:
            raise ValueError("in finally")
        except ValueError as e:
            print("caught", e)
    return 2
print(f3())
def f4():
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                break
            continue
        finally:
            print("f4", i)
    return i
print(f4())
def f5():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as e:
            print("inner", repr(e), repr(e.__context__))
        import sys
        print("still handling", repr(sys.exc_info()[1]))
    import sys
    print("after", sys.exc_info())
f5()
def f6():
    for x in range(3):
        try:
            if x == 0:
                continue
            return x
        except:
            pass
        finally:
            print("f6 fin", x)
print(f6())
def f7():
    try:
        1/0
    except ZeroDivisionError as e:
        return type(e).__name__
    finally:
        print("f7 fin")
print(f7())
def f8(n):
    with open_ctx("a"):
        for i in range(n):
            with open_ctx("b"):
                if i == 1:
                    return i
    return -1
class open_ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n)
    def __exit__(self, *a): print("exit", self.n, a[0])
print(f8(3))
def f9():
    try:
        raise ValueError("v")
    except ValueError:
        raise
try:
    f9()
except ValueError as e:
    print("f9", e)
def f10():
    try:
        pass
    finally:
        return "from finally"
print(f10())
def f11():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(f11())
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
x = 0
try:
    x = 1
except:
    x = 2
else:
    x = 3
finally:
    x += 10
print(x)
def gen_in_try():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
g = gen_in_try()
next(g)
g.close()
def gen_throw():
    while True:
        try:
            yield
        except ValueError as e:
            print("gen got", e)
g = gen_throw()
next(g)
g.throw(ValueError("thrown"))
