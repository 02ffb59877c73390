# raising classes vs instances, and exceptions with no args
for thing in (ValueError, ValueError(), ValueError("msg"), KeyError, IndexError()):
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), e.args, repr(str(e)))
def f():
    raise NotImplementedError
try:
    f()
except NotImplementedError as e:
    print("NotImplementedError", e.args)
