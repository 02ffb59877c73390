# concatenation with an empty str or bytes and int.from_bytes allocate nothing
import micropython
s = "abc"
b = b"xyz"
micropython.heap_lock()
r1 = s + ""
r2 = "" + s
r3 = b + b""
r4 = b"" + b
r5 = s.replace(",", "_")
n = int.from_bytes(b"12", "little")
micropython.heap_unlock()
print(r1, r2, r3, r4, r5, n)
print(r1 is s, r3 is b)
