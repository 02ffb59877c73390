# a view keeps its exporter alive after the last other reference goes
import sys
b = bytearray(range(20))
m = memoryview(b)[5:]
b = None
junk = [[i, i] for i in range(2000)]
print(list(m[:5]), sum(m))
m = memoryview(memoryview(bytes(range(50)))[10:-10])
junk = [str(i) for i in range(2000)]
print(len(m), m[0], m[-1], sum(m))
