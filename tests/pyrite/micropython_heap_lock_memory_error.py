# an allocation while the heap is locked raises MemoryError with MicroPython's message
import micropython
l = [1]
big = list(range(50))
# new globals would grow the module dict: create them before locking
err = failed = e = None
micropython.heap_lock()
try:
    x = [1, 2, 3]
except MemoryError as e:
    err = e
try:
    l.extend(big)
    failed = False
except MemoryError:
    failed = True
micropython.heap_unlock()
print(type(err).__name__, err.args)
print(failed, len(l))
x = [1, 2, 3]
print(x)
