# conversion of big ints to and from decimal strings
n = 1
for i in range(60):
    n = n * 10 + (i % 10)
s = str(n)
print(s, len(s), int(s) == n)
print(str(-n)[:10], int("-" + s) == -n)
print(str(2 ** 200))
print(int("9" * 50) + 1 == 10 ** 50)
print(int("  -000123456789012345678901234567890  "))
print(int("1" * 40, 2), int("f" * 30, 16))
print(hex(2 ** 127 - 1), int(hex(2 ** 127 - 1), 16) == 2 ** 127 - 1)
print(repr(10 ** 40), "%d" % 10 ** 25, "{:,}".format(2 ** 80))
