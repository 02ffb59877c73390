# type objects of the singletons
print(type(None).__name__, type(True).__name__, type(...).__name__, type(NotImplemented).__name__)
print(... is Ellipsis, repr(...), bool(...), Ellipsis == ...)
NoneType = type(None)
print(NoneType() is None, bool() is False, isinstance(None, object))
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
