# release() and the context manager; a released view refuses everything
b = bytearray(b'abc')
with memoryview(b) as m:
    print(m[0], bytes(m))
print('released' in repr(m))
for use in [lambda: m[0], lambda: len(m), lambda: bytes(m), lambda: m.tobytes(),
            lambda: m.format, lambda: list(m), lambda: b'' + m, lambda: memoryview(m)]:
    try:
        use()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
m.release()
v = memoryview(b)
v.release()
v.release()
print(v == v, m == v)
b.append(100)
print(b)
