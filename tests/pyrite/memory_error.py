# pyrite-args: -X heapsize=64k
# running out of heap raises a catchable MemoryError
def exhaust():
    # In a function, so the lists die with its frame: a register of the
    # statement that failed may still hold them until then.
    chunks = []
    try:
        while True:
            chunks.append([0] * 1000)
    except MemoryError:
        chunks = None
        print("caught")


exhaust()
print("program continues")
data = [i * i for i in range(100)]
print(sum(data))
try:
    huge = bytearray(1024 * 1024)
except MemoryError:
    print("caught big allocation")
print(isinstance(MemoryError(), Exception))
print("done")
