# gc.threshold counts whole allocation blocks, as MicroPython: a threshold
# below one block reads back as 0; -1 disables it.
import gc

print(gc.threshold(1))
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
gc.threshold(1)
x = [[], []]
gc.threshold(-1)
print(len(x))
