# cpython: 3.12 (slices are hashable)
# subscripts written with a slice, on each kind of object, reading and
# assigning; what a user class receives is a real slice object
import array


class Keeper:
    def __init__(self):
        self.kept = []

    def __getitem__(self, key):
        self.kept.append(key)
        return key

    def __setitem__(self, key, value):
        self.kept.append((key, value))


k = Keeper()
first = k[1:2]
second = k[3:4:5]
k[::2] = "v"
k[:] = "w"
print(first, second, k.kept)
print(first.start, first.stop, first.step, type(second).__name__)

data = list(range(10))
print(data[2:5], data[::-3], data[-2:], data[:0], data[5:2])
print((1, 2, 3, 4)[1:3], "abcdef"[::2], "héllo"[1:4], b"bytes"[1:-1])
print(bytearray(b"0123")[1:3], array.array("i", [1, 2, 3])[::-1])
print(bytes(memoryview(b"abcdef")[2:4]))
print(range(10)[2:8:2])

b = bytearray(range(10))
m = memoryview(b)
b[3:5] = b"aa"
m[5:7] = b"bb"
print(b)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
m.release()
b[1:3] = b"long replacement"
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
try:
    b[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)

lst = [0, 1, 2, 3]
lst[1:3] = "xyz"
lst[::2] = [9, 9, 9]
print(lst)
lst[:] = lst
print(lst)
try:
    (1, 2)[0:1] = (3,)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1:2] = "x"
except TypeError as e:
    print("TypeError:", e)
d = {}
try:
    d[1:2] = 3
    print(d)
except TypeError as e:
    print("TypeError:", e)


# bounds that are not small ints: big ints, objects with __index__, None
class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        # slicing inside __index__ while an outer slice is being resolved
        return len("abcdefgh"[: self.n])


print(data[Index(2) : Index(6)], data[None : 2**70], data[-(2**70) : Index(3)])


# a slice assigned from a generator that slices meanwhile
def slicing_gen():
    yield data[1:2][0]
    yield "q"[0:1]
    yield b[0:1]


target = [0, 0, 0, 0, 0]
target[1:3] = slicing_gen()
print(target)

try:
    data["a":]
except TypeError as e:
    print("TypeError:", e)
try:
    b[1.5:]
except TypeError as e:
    print("TypeError:", e)
x = [1, 2, 3]
x[1:2] += [7]
print(x)
s = slice(1, 3)
print(data[s], "abcd"[s])
