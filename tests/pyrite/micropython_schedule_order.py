# micropython.schedule runs callbacks at the next safe point, one at a time
import micropython
log = []
def inner(arg):
    log.append(("inner", arg))
def outer(arg):
    micropython.schedule(inner, arg + 1)
    for i in range(3):
        pass
    log.append(("outer", arg))
micropython.schedule(outer, 1)
micropython.schedule(inner, 10)
n = 0
while len(log) < 3:
    n += 1
print(log)
