# hex, oct, bin and formatting of ints
for v in (0, 1, -1, 255, -255, 2 ** 32, -(2 ** 40), 2 ** 100):
    print(hex(v), oct(v), bin(v))
print(str(-0), repr(123), str(2 ** 64))
print("%d %x %o %X" % (255, 255, 255, 255))
print(format(255, "x"), format(255, "08b"), format(-42, "+d"), format(42, ">6"))
print(format(1234567, ","), format(1234567, "_"))
