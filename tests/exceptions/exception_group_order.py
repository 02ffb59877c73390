# the first matching except clause wins, even if a later one is more specific
class Base(Exception):
    pass
class Derived(Base):
    pass
try:
    raise Derived()
except Base:
    print("Base clause")
except Derived:
    print("Derived clause")
try:
    raise Base()
except Derived:
    print("no")
except Base:
    print("Base second clause")
try:
    raise KeyError("x")
except (ValueError, LookupError, KeyError) as e:
    print("tuple matched", type(e).__name__)
try:
    raise Derived("d")
except Exception as e:
    print("bare Exception", repr(e))
try:
    raise ValueError("anything")
except:
    print("bare except catches everything")
