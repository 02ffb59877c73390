import io

b = io.BytesIO(b"0123456789")
print(b.seek(4), b.read(2), b.seek(-3, 1), b.read(1), b.seek(-2, 2), b.read())
print(b.seek(-100, 1), b.seek(20), b.read(5), b.tell())
b.write(b"!")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(2)
print(b.truncate(), b.getvalue())
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    b.seek(0, 7)
except ValueError as e:
    print("ValueError:", e)
