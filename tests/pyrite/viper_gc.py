# The buffers viper code points into stay reachable only through the
# program: collecting keeps live ones usable and forgets freed ones.
import gc


@micropython.viper
def addr(p: ptr8) -> uint:
    return uint(p)


@micropython.viper
def get(p: ptr8, i: int) -> int:
    return p[i]


keep = bytearray(b"live")
kept = addr(keep)
dropped = addr(bytearray(b"dead"))
gc.collect()
print(get(kept, 0), get(keep, 3))
try:
    get(dropped, 0)
except IndexError:
    print("freed buffer: IndexError")

# Many buffers: each stays reachable through its own object.
bufs = [bytearray([i]) for i in range(100)]
print(sum(get(b, 0) for b in bufs))
gc.collect()
print(sum(get(b, 0) for b in bufs))
