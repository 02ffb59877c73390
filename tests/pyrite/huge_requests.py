# pyrite-args: -X heapsize=8M
# Requests for more memory than the heap has are MemoryError (or
# OverflowError where CPython gives one), never an abort of the process.
def attempt(label, make):
    try:
        make()
        print(label, "made")
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__)

attempt("format width", lambda: format(1, "999999999999"))
attempt("percent width", lambda: "%999999999999d" % 1)
attempt("f-string precision", lambda: f"{1.0:.999999999999f}")
attempt("str.format width", lambda: "{:999999999999}".format(1))
attempt("list repeat", lambda: [0] * 10**12)
attempt("str repeat", lambda: "x" * 10**12)
attempt("bytearray", lambda: bytearray(10**12))
attempt("shift", lambda: 1 << 10**12)
attempt("list of a huge range", lambda: list(range(10**12)))
attempt("tuple of a huge range", lambda: tuple(range(10**12)))
attempt("power", lambda: 10 ** 10 ** 10)
print("still running")
