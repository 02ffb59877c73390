# an uncaught exception with an explicit cause
print("raising")
raise ValueError("x") from KeyError("k")
