# iterating bytes gives ints
for x in b"AZ\x00":
    print(x, type(x).__name__)
print([x + 1 for x in b"abc"], sum(b"\x01\x02\x03"), max(b"hello"), sorted(b"cab"))
print(bytes(reversed(b"abc")), list(enumerate(b"hi")), bytes(x for x in range(65, 70)))
