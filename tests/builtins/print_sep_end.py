# print with sep, end and multiple arguments
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ")
print("no newline", end="")
print(" -- continued")
print(1, 2, 3, sep="\n")
print("x", end="!\n")
print(sep="-")
print(*[], end="[empty]\n")
print("multi", "args", sep=None, end=None)
print(None, True, 1.5, [1], sep="|")
import sys
print("to stderr", file=sys.stderr)
print("flush", flush=True)
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
