# MicroPython's write(buf, length) and write(buf, offset, length): CPython's
# write takes only buf (TypeError), so these forms are an addition.
import io
import sys

buf = io.BytesIO()
print(buf.write(b"foo", 2), buf.getvalue())
print(buf.write(b"foo", 100), buf.getvalue())
print(buf.write(b"foobar", 1, 3), buf.getvalue())
print(buf.write(bytearray(b"foobar"), 4, 100), buf.getvalue())
print(buf.write(b"foobar", 100, 100), buf.getvalue())
print(buf.write(b"xyz"), buf.getvalue())
for args in ((b"ab", -1), (b"ab", 1, -1), (b"ab", "1"), (b"ab", 1, 2, 3)):
    try:
        buf.write(*args)
    except (TypeError, ValueError) as error:
        print(type(error).__name__)
print(buf.getvalue())

# Files take the same forms.
path = "/tmp/pyrite-corpus-%s-write-extended.bin" % sys.implementation.name
with open(path, "wb") as f:
    print(f.write(b"hello world", 5), f.write(b"hello world", 5, 100))
with open(path, "rb") as f:
    print(f.read())
