# a handler that logs and re-raises
def risky():
    return [][0]
try:
    risky()
except IndexError as e:
    print("logging:", e)
    raise
