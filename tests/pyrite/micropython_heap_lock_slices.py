# with the heap locked: slice assignment into a bytearray, a memoryview or
# a list that needs no new storage, and super().method() calls, allocate
# nothing; a slice that makes a new object, or a bytearray that must grow
# past what it was made with, is a MemoryError
import micropython

b = bytearray(range(10))
m = memoryview(b)
lst = [0, 1, 2, 3, 4]
out = [None] * 4


class Base:
    def describe(self, x):
        return x + 1


class Child(Base):
    def describe(self, x):
        return super().describe(x) * 2


child = Child()


def in_place():
    b[3:5] = b"aa"
    m[5:7] = b"bb"
    b[::3] = b"wxyz"
    lst[1:3] = (7, 8)
    out[0] = child.describe(20)
    out[1] = b[2]


micropython.heap_lock()
in_place()
micropython.heap_unlock()
print(b, lst, out)


def attempt(name, operation):
    micropython.heap_lock()
    try:
        operation()
        result = "ok"
    except MemoryError:
        result = "MemoryError"
    micropython.heap_unlock()
    print(name, result)


def read_slice():
    b[1:3]


def grow_small():
    small[:] = b"0123456789"


def grow_list():
    lst[0:1] = (1, 2)


small = bytearray(4)
attempt("a slice that copies", read_slice)
attempt("grow a bytearray", grow_small)
attempt("grow a list slice", grow_list)
print(small, lst)
