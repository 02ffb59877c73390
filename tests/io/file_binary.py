import sys

path = "/tmp/pyrite-corpus-%s-binary.bin" % sys.implementation.name
with open(path, "wb") as f:
    print(f.write(bytes(range(256))), f.write(b"\r\nend\n"))
with open(path, "rb") as f:
    data = f.read()
    print(len(data), data[:4], data[-6:], f.read())
    print(f.seek(10), f.read(3), f.tell(), f.seek(-4, 2), f.read())
    f.seek(0)
    buffer = bytearray(3)
    print(f.readinto(buffer), buffer, f.tell())
with open(path, "rb") as f:
    lines = f.readlines()
    print(len(lines), lines[-1])
with open(path, "ab") as f:
    f.write(b"more")
with open(path, "rb") as f:
    print(f.read()[-8:])
with open(path, "wb") as f:
    f.write("é".encode())
with open(path, "rb") as f:
    print(f.read(), type(f).__name__)
with open(path, encoding="utf-8") as f:
    print(f.read())
try:
    open(path, "rb").write(b"x")
except OSError:
    print("OSError: not writable")
