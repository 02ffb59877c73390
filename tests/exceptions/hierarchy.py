# the builtin exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (KeyError, LookupError), (IndexError, LookupError),
    (LookupError, Exception), (UnboundLocalError, NameError), (NameError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (Exception, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (GeneratorExit, BaseException), (SystemExit, Exception),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (ValueError, Exception),
    (TypeError, Exception), (AttributeError, Exception), (ImportError, Exception),
    (ModuleNotFoundError, ImportError), (AssertionError, Exception), (MemoryError, Exception),
    (OSError, Exception), (KeyError, IndexError), (bool, int), (StopAsyncIteration, Exception),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(isinstance(KeyError("k"), LookupError), isinstance(ValueError(), (TypeError, ValueError)))
try:
    [][1]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
try:
    {}["x"]
except (TypeError, KeyError) as e:
    print("caught by tuple:", type(e).__name__)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__, e)
