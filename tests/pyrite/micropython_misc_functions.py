# alloc_emergency_exception_buf and kbd_intr check their argument
import micropython
print(micropython.alloc_emergency_exception_buf(256))
print(micropython.kbd_intr(3))
print(micropython.kbd_intr(-1))
try:
    micropython.kbd_intr("x")
except TypeError:
    print("TypeError")
try:
    micropython.heap_lock(1)
except TypeError:
    print("TypeError")
