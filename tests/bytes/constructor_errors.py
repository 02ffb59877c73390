# bytes() and bytearray() argument errors.
cases = [
    lambda: bytes([1, 2, 3], 1),
    lambda: bytes([1, 2], "utf-8"),
    lambda: bytes(3, errors="strict"),
    lambda: bytearray([1], "utf-8"),
    lambda: bytes("abc"),
    lambda: bytes("abc", 5),
    lambda: bytearray(10 ** 30),
    lambda: bytes(-1),
    lambda: bytes([300]),
]
for case in cases:
    try:
        print(case())
    except Exception as e:
        print(type(e).__name__, e)
print(bytes("abc", "utf-8"), bytearray("é", "utf-8"))
