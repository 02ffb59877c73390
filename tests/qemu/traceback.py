# An uncaught exception: the traceback goes to the same UART, status 1.
def divide(a, b):
    return a // b


print("before")
divide(1, 0)
print("not reached")
