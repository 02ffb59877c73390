# pyrite-args: -X heapsize=64k
# garbage is reclaimed automatically: far more than the heap is allocated in total
total = 0
for i in range(2000):
    buf = bytearray(512)
    buf[0] = i & 0xFF
    total += len(buf)
print("allocated", total)
words = []
for i in range(300):
    words = [str(j) for j in range(20)]
print(len(words), words[-1])
print("survived")
