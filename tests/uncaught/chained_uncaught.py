# an uncaught exception raised while handling another
def lookup(d):
    try:
        return d["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")
lookup({})
