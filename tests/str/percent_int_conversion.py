# %d uses __int__ or __index__; %x and %o need __index__.
class WithInt:
    def __int__(self):
        return 123


class WithIndex:
    def __index__(self):
        return 255


print("%d" % WithInt())
print("%i|%x|%o|%d" % (WithIndex(), WithIndex(), WithIndex(), WithIndex()))
for fmt in ("%x", "%o", "%c"):
    try:
        print(fmt % WithInt())
    except TypeError as e:
        print("TypeError:", e)


class BadInt:
    def __int__(self):
        return "no"


try:
    print("%d" % BadInt())
except TypeError as e:
    print("TypeError:", e)

# After a %(key) lookup there is no positional argument left.
print("%s %(foo)s %(foo)s" % {"foo": 1})
try:
    print("%(foo)s %s" % {"foo": 1})
except TypeError as e:
    print("TypeError:", e)
