# more %-formatting edge cases
print("%s %s" % ("a", None), "%r" % (None,), "%5.1f%%" % 99.44, "%-6d|" % -3, "%+.2e" % 12345.6789)
print("%c" % 0x263A, "%x" % -255, "%#x %#o" % (255, 8), "%05.1f" % -2.25, "%.0e" % 15000)
print("%i" % 3.9, "%d" % True, "%s" % b"bytes", "%.3s" % "abcdef", "%3c|" % "z")
print("%(x)s and %(x)r" % {"x": "same"}, "%%s" % (), "100%%" % ())
print("%s" % [1, (2,)], "%s|%s" % (1.0, 1e20), "%g" % 1e-10, "%G" % 1e-10)
try:
    "%c" % "ab"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%(missing)s" % {}
except KeyError as e:
    print(type(e).__name__, e)
