# an uncaught user-defined exception
class BadThing(Exception):
    pass
def check(v):
    if v > 2:
        raise BadThing("value too large: %d" % v)
    return v
for i in range(5):
    print(check(i))
