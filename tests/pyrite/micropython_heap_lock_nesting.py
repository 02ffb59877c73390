# micropython.heap_lock nests; heap_unlock returns the depth left
import micropython
print(micropython.heap_locked())
micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_locked())
print(micropython.heap_unlock())
print(micropython.heap_locked())
print(micropython.heap_unlock())
print(micropython.heap_locked())
print(micropython.heap_unlock())
print([1, 2])
