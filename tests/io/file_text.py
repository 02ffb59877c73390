# write, read back, append and iterate over a text file
import sys

path = "/tmp/pyrite-corpus-%s-text.txt" % sys.implementation.name
with open(path, "w") as f:
    print(f.write("first line\n"), f.write("sécond\n"), f.closed)
    f.write("no newline")
print(f.closed)
with open(path) as f:
    print(f.readline(), end="")
    print(repr(f.read(3)), repr(f.readline()), repr(f.read()), repr(f.read()))
with open(path, "a", encoding="utf-8") as f:
    f.write("\nappended\n")
with open(path, encoding="utf-8") as f:
    print([line for line in f])
with open(path, "rt") as f:
    print(f.readlines())
f = open(path, "r+")
print(repr(f.read(5)))
f.seek(0)
f.write("FIRST")
f.seek(0)
print(repr(f.readline()))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    f.write("a\r\nb\rc\n")
with open(path) as f:
    print(repr(f.read()))
