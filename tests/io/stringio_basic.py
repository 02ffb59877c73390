import io

s = io.StringIO()
print(s.write("hello "), s.write("world"), s.tell())
print(repr(s.getvalue()), repr(s.read()))
s.seek(0)
print(repr(s.read(5)), repr(s.read(1)), repr(s.read()), repr(s.read()))
s = io.StringIO("abcdef")
print(s.tell(), repr(s.read(2)))
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
s = io.StringIO("héllo wörld")
print(repr(s.read(4)), s.tell(), repr(s.read()))
print(io.StringIO(None).getvalue() == "", s.readable(), s.writable(), s.seekable())
for bad in (lambda: io.StringIO(b"x"), lambda: io.StringIO().write(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
