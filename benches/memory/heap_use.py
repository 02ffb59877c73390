# Heap use of common objects as the collector counts it: gc.mem_alloc()
# before and after building each object, both right after gc.collect().
# `cargo xtask bench` runs this with Pyrite (64-bit unix and the 32-bit
# qemu-arm firmware) and with MicroPython; CPython has no gc.mem_alloc().
# Each line is "label bytes". Lists are made at their final size first so
# no growth slack is counted; the dict's count includes its keys.
import gc

gc.collect()
print("startup", gc.mem_alloc())


def small_ints():
    items = [0] * 1000
    for i in range(1000):
        items[i] = i * 3
    return items


def floats():
    items = [0] * 1000
    for i in range(1000):
        items[i] = i + 0.5
    return items


def str_to_int():
    table = {}
    for i in range(100):
        table["key%d" % i] = i
    return table


def text():
    return "abcdefghij" * 10


def measure(label, make):
    gc.collect()
    before = gc.mem_alloc()
    made = make()
    gc.collect()
    used = gc.mem_alloc() - before
    print(label, used)
    return made


measure("list_1000_small_ints", small_ints)
measure("list_1000_floats", floats)
measure("dict_100_str_int", str_to_int)
measure("str_100_chars", text)
