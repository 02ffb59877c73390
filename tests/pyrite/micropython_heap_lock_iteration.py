# with the heap locked, for loops and all/any/sum iterate builtin
# containers and generators without allocating (no iterator object)
import array
import micropython

bs = b"\x01\x02"
ba = bytearray(b"ab")
ar = array.array("H", (123, 456))
text = "hi!"
d = {"k1": 1, "k2": 2}
s = {7}
fs = frozenset((8,))
t = (1, 2, 3)


def gen():
    yield 10
    yield 20


g = gen()
ge = (x * 3 for x in t)
sources = (bs, ba, ar, text, d, s, fs, g, ge)
results = [None] * 20
counts = [0] * 9  # made before locking: stores into it allocate nothing


def loops():
    i = 0
    for source in sources:
        last = None
        for item in source:
            last = item
            counts[i] += 1
        results[i] = last
        i += 1
    results[i] = all(t)
    results[i + 1] = any(bs)
    results[i + 2] = sum(t)
    results[i + 3] = sum(ar)
    results[i + 4] = all(d)
    results[i + 5] = sum(s)
    results[i + 6] = any(text)
    results[i + 7] = min(t)
    results[i + 8] = max(t)


micropython.heap_lock()
loops()
micropython.heap_unlock()
print(results)
print(counts)

# changing a dict's size while iterated is still found (the RuntimeError
# cannot be made, so it is the emergency one, without its message)
grow = {1: 1}
kind = None


def grow_while_iterating():
    for k in grow:
        grow[k + 1] = 0


grow[2] = 2
del grow[2]  # room for one more key without growing
micropython.heap_lock()
try:
    grow_while_iterating()
except RuntimeError as e:
    kind = "RuntimeError"
micropython.heap_unlock()
print(kind)

# a non-ASCII character is a new str, so it needs the heap
def iterate_text(text):
    for c in text:
        pass


micropython.heap_lock()
try:
    iterate_text("é")
    outcome = "no error"
except MemoryError:
    outcome = "MemoryError"
micropython.heap_unlock()
print(outcome)
