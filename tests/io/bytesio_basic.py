import io

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.tell(), b.getvalue())
b.seek(0)
print(b.read(2), b.read(), b.read())
source = bytearray(b"source")
c = io.BytesIO(source)
c.write(b"S")
print(source, c.getvalue())
c = io.BytesIO(b"line1\nline2\nend")
print(c.readline(), c.readline(3), c.readlines())
c.seek(0)
print(list(c))
buffer = bytearray(4)
c.seek(0)
print(c.readinto(buffer), buffer, c.read1(2))
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError:", e)
try:
    io.BytesIO("str")
except TypeError as e:
    print("TypeError:", e)
with io.BytesIO(b"x") as d:
    pass
print(d.closed)
try:
    d.getvalue()
except ValueError as e:
    print("ValueError:", e)
