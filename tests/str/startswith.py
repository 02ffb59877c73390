# startswith and endswith, with tuples and ranges
s = "hello.world.py"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith(("x", "he")))
print(s.endswith(".py"), s.endswith((".c", ".h")), s.endswith(("py", "c")), s.endswith(""))
print(s.startswith("world", 6), s.startswith("world", 6, 8), s.endswith("hello", 0, 5))
print(s.startswith(()), "".startswith(""), "".endswith("a"))
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
