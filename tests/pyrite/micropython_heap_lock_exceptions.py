# an exception raised while the heap is locked keeps its type
import micropython
def undefined_name():
    return missing_name
def bad_raise():
    raise 0
results = []
kind = None  # created before locking: a new global grows the module dict
for f in (undefined_name, bad_raise):
    micropython.heap_lock()
    try:
        f()
    except NameError:
        kind = "NameError"
    except TypeError:
        kind = "TypeError"
    micropython.heap_unlock()
    results.append(kind)
print(results)
# outside the lock the message is there again
try:
    undefined_name()
except NameError as e:
    print(e)
