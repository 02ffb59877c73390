# bytes %-formatting
print(b"%d-%s-%x" % (5, b"ab", 255))
print(b"%5d|%-4s|%c" % (42, b"x", 65))
print(b"%s" % bytearray(b"ba"))
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
