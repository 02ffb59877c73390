# pyrite-args: -X heapsize=256k
# re's backtracking stack is bounded by the GC heap's size (256 KiB
# gives 16384 entries): a match needing more is a RecursionError, never
# a Rust stack overflow or an unbounded allocation, and re still works
# afterwards.
import re

print(re.match("(?:a|b)*c", "ab" * 1000 + "c").end())
try:
    re.match("(?:a|b)*c", "ab" * 20000 + "c")
except RecursionError as e:
    print("RecursionError:", e)
print(re.match("(a+)+b", "aaab").span())
