# micropython.RingIO: a byte ring buffer with a stream interface.
import micropython

ring = micropython.RingIO(8)
print(ring, type(ring).__name__)
print(ring.any(), ring.read(), ring.readline())

# A ring of n bytes holds n; a write takes what fits.
print(ring.write(b"hello"), ring.any())
print(ring.write(b"world"), ring.any())
print(ring.read(3), ring.any())

# Wrapping around the end of the storage.
print(ring.write(b"XYZ!"), ring.any())
print(ring.read())
print(ring.write(memoryview(b"abcdefgh")[2:6]), ring.read(100))

# readline stops after the newline, or at its limit.
ring.write(b"ab\ncd\ne")
print(ring.readline(), ring.readline(1), ring.readline(), ring.readline(), ring.any())

# readinto fills a buffer, optionally only its first n bytes.
ring.write(b"0123456")
buf = bytearray(4)
print(ring.readinto(buf), buf)
print(ring.readinto(buf, 2), buf)
print(ring.readinto(buf), buf, ring.any())
print(ring.readinto(buf), buf)

# Over a buffer of the program's: one byte of it is the ring's slack.
storage = bytearray(5)
ring = micropython.RingIO(storage)
print(ring.write(b"abcdef"), ring.read())
ring.write(b"xy")
print(bytes(storage).count(b"x"), ring.read(-1))

# write and readinto allocate nothing, so they work with the heap locked.
ring = micropython.RingIO(16)
out = bytearray(3)
n = m = 0  # bound first: a new global could grow the module's dict
micropython.heap_lock()
try:
    n = ring.write(b"lock")
    m = ring.readinto(out)
finally:
    micropython.heap_unlock()
print(n, m, out, ring.read())
ring.close()
print(ring.write(b"ok"), ring.read())

for bad in (None, 1.5, "abc", b"abc", 0, -3, 65535, bytearray(1), bytearray(0)):
    try:
        micropython.RingIO(bad)
    except (TypeError, ValueError) as error:
        print(type(error).__name__)
print(micropython.RingIO(65534).any(), micropython.RingIO(bytearray(65535)).write(b"x"))

for call in (lambda: ring.write(5), lambda: ring.readinto(b"ro"), lambda: ring.read("x")):
    try:
        call()
    except TypeError as error:
        print("TypeError")
