# BytesIO made from bytes or a bytearray: writes never change the object
# it was made from, and reads see the initial bytes until written
import io

data = b"hello world"
f = io.BytesIO(data)
print(f.read(5), f.tell(), f.getvalue() == data)
f.seek(0)
f.write(b"HELLO")
print(f.getvalue(), data)
print(f.read(), f.read())

ba = bytearray(b"abc")
g = io.BytesIO(ba)
ba[0] = ord("z")
print(g.getvalue(), ba)
g.seek(5)
g.write(b"!")
print(g.getvalue())

h = io.BytesIO(b"line1\nline2\n")
print(h.readline(), h.readline(), h.readline())
h.truncate(3)
print(h.getvalue())
h = io.BytesIO(b"keep")
print(h.truncate(2), h.getvalue())
e = io.BytesIO()
print(e.getvalue(), e.read())
n = io.BytesIO(None)
print(n.getvalue())
try:
    io.BytesIO("text")
except TypeError as err:
    print("TypeError:", err)
