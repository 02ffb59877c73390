# building containers fails cleanly while the heap is locked
import micropython
x = 1
s = {1, 2}
d = {1: 2}
l = [1, 2]
def attempt(label, f):
    micropython.heap_lock()
    try:
        f()
        outcome = "ok"
    except MemoryError:
        outcome = "MemoryError"
    micropython.heap_unlock()
    print(label, outcome)
attempt("tuple", lambda: (x,))
attempt("list", lambda: [x])
attempt("set", lambda: {x})
attempt("dict", lambda: {x: x})
attempt("set.copy", lambda: s.copy())
attempt("dict.items", lambda: list(d.items()))
attempt("slice", lambda: l[0:1])
attempt("index", lambda: l[1])
attempt("len", lambda: len(l))
print(l, s, d)
