import sys

try:
    open("/nonexistent-dir/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open("/nonexistent-dir/missing.txt", "rb")
except OSError as e:
    print(isinstance(e, FileNotFoundError), e.args)
try:
    open("/tmp", "w")
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
for mode in ("rw", "rr", "q", "", "bt", "r+b+"):
    try:
        open("x", mode)
    except ValueError as e:
        print("ValueError:", e)
for kwargs in ({"mode": "rb", "encoding": "utf-8"}, {"mode": "wb", "newline": ""}):
    try:
        open("x", **kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)
path = "/tmp/pyrite-corpus-%s-errors.txt" % sys.implementation.name
with open(path, "wb") as f:
    f.write(b"ok \xff\xfe bad")
try:
    with open(path) as f:
        f.read()
except UnicodeError:
    print("UnicodeError")
