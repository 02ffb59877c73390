# an uncaught exception raised inside a lambda called by a builtin
values = [4, 2, 0, 1]
print(list(map(lambda v: 12 // v, values)))
