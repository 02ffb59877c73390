# printf-style % formatting
print("%s %d %i %r" % ("s", 42, -3, "r"))
print("%5s|%-5s|%05d|%+d|%x|%X|%o|%c|%c" % ("a", "b", 42, 7, 255, 255, 8, 65, "z"))
print("%.2s|%10.3f|%-8.2e|%%" % ("abc", 3.14159, 12345.678))
print("%(a)s-%(b)d" % {"a": "x", "b": 5})
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|" % (5, 1, 4, 2))
for fmt, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)):
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
