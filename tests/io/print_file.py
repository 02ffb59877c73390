# print(file=...) to a StringIO, to sys.stdout and sys.stderr
import io
import sys

out = io.StringIO()
print("a", "b", sep=", ", end=".\n", file=out)
print(1, 2.5, None, file=out)
print(file=out)
print(repr(out.getvalue()))
print("to stdout", file=sys.stdout)
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
print(sys.stdout.write("12345\n"), sys.stderr.write(""))
