# attributes set on exception instances, and exceptions as values
class E(Exception):
    pass
e = E("msg", 1)
e.extra = "more"
print(e.args, e.extra, str(e), repr(e))
errors = [ValueError("v"), TypeError("t"), KeyError("k")]
for err in errors:
    try:
        raise err
    except Exception as caught:
        print(caught is err, type(caught).__name__, caught)
e2 = ValueError("changeable")
e2.args = ("changed",)
print(e2, e2.args)
print(isinstance(E, type), issubclass(E, BaseException), E.__name__, E.__mro__[1].__name__)
