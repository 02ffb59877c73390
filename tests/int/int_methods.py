# int methods
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length())
print((2 ** 100).bit_length(), (2 ** 64 - 1).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((2 ** 64).to_bytes(9, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print((5).conjugate(), (7).real, (7).imag, (6).numerator, (6).denominator)
