# hex, oct, bin
for v in (0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 31, 2 ** 64, -(2 ** 64), 2 ** 100 + 1):
    print(v, hex(v), oct(v), bin(v))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
