# io.BytesIO(n), MicroPython's extension (CPython raises TypeError): an
# empty stream with room for n bytes, so that writes within n bytes
# allocate nothing and run with the heap locked.
import io
import micropython

buf = io.BytesIO(16)
print(buf.getvalue(), buf.tell(), buf.read())

more = bytearray(b"abcd")
written = position = 0  # made before the lock: a new global grows the module's dict
micropython.heap_lock()
written = buf.write(b"12345678")
written += buf.write(more)
written += buf.write(b"")
position = buf.tell()
micropython.heap_unlock()
print(written, position, buf.getvalue())

# writing past the room grows the stream as usual
micropython.heap_lock()
try:
    buf.write(b"more than sixteen bytes")
    print("no MemoryError")
except MemoryError:
    print("MemoryError while locked")
micropython.heap_unlock()
print(buf.write(b"!" * 10), len(buf.getvalue()))

# it is an ordinary stream otherwise
buf.seek(0)
print(buf.read(4), buf.readline(), buf.tell())
print(io.BytesIO(0).getvalue(), io.BytesIO(0).write(b"xy"))

for bad in (-1, True, 1.5, "abc"):
    try:
        io.BytesIO(bad)
        print("accepted", repr(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
