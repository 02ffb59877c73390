import io

s = io.StringIO("0123456789")
print(s.seek(3), repr(s.read(2)), s.seek(0, 1), s.seek(0, 2), repr(s.read()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
for args in ((-1,), (1, 1), (1, 2), (0, 5)):
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.truncate(-1)
except ValueError as e:
    print("ValueError:", e)
