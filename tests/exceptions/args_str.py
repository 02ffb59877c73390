# args, str() and repr() of exceptions
for e in (ValueError(), ValueError("one"), ValueError("a", 2), ValueError(5), KeyError("k"),
          KeyError(), KeyError("a", "b"), IndexError("idx"), Exception(None), TypeError(""),
          StopIteration(7), SystemExit(2), OSError("x")):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = StopIteration(42)
print(e.value)
e = SystemExit(3)
print(e.code)
