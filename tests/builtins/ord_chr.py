# ord and chr
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("\x00"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(48), repr(chr(0)), chr(233), chr(8364), chr(128512), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff")
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "aé€😀"])
for bad in (lambda: chr(0x110000), lambda: chr(-1)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")))
