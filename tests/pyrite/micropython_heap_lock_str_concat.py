# concatenation with an empty str or bytes and int.from_bytes allocate nothing
import micropython
s = "abc"
b = b"xyz"
out = [None] * 6
def run():
    out[0] = s + ""
    out[1] = "" + s
    out[2] = b + b""
    out[3] = b"" + b
    out[4] = s.replace(",", "_")
    out[5] = int.from_bytes(b"12", "little")
micropython.heap_lock()
run()
micropython.heap_unlock()
print(out)
print(out[0] is s, out[2] is b)
