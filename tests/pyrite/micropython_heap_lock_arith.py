# small-int arithmetic and comparisons allocate nothing
import micropython
out = [0, 0, 0, 0, 0]
def compute(a, b):
    r = a * b + a // b - a % b
    r = (r << 2) >> 1
    out[0] = r ^ 0x55 | 3 & a
    out[1] = a < b
    out[2] = a == b
    out[3] = -a
    out[4] = ~b
micropython.heap_lock()
compute(7, 3)
micropython.heap_unlock()
print(out)
