# gc: what common objects cost on the GC heap stays within the figures
# `cargo xtask bench` reports (benches/memory/heap_use.py), on 64-bit and
# 32-bit builds alike: small ints cost nothing beyond their list slot, a
# float one 16-byte block or less, a str its characters plus a header.
import gc
import sys

WORD = 8 if sys.maxsize > 2**32 else 4


def cost(make):
    gc.collect()
    before = gc.mem_alloc()
    made = make()
    gc.collect()
    used = gc.mem_alloc() - before
    return used, made


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


def table():
    d = {}
    for i in range(100):
        d["key%d" % i] = i
    return d


ints_used, ints = cost(small_ints)
print("1000 small ints: list slots only:", 1000 * WORD <= ints_used <= 1000 * WORD + 64)
floats_used, fl = cost(floats)
print("1000 floats: at most 16 bytes each:", floats_used - ints_used <= 16 * 1000)
print("floats are boxed:", floats_used > ints_used)
dict_used, d = cost(table)
print("dict of 100 str keys: under 80 bytes an entry:", dict_used < 80 * 100, len(d))
text_used, s = cost(lambda: "abcdefghij" * 10)
print("100-char str: text plus at most 6 words:", 100 <= text_used <= 100 + 6 * WORD, len(s))
print("same objects, same cost:", cost(small_ints)[0] == ints_used)
