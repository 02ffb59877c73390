# slices on bytes and bytearray, and assignment from various iterables
b = b"0123456789"
print(b[2:5], b[::-3], b[-2:], b[5:2], b[:0])
ba = bytearray(b"0123456789")
ba[2:5] = b"xy"
print(ba)
ba[::3] = bytearray(b"ABC")
print(ba)
ba[:] = range(65, 70)
print(ba)
lst = [0] * 5
lst[1:3] = (x for x in "gen")
print(lst)
lst[:2] = {"k": 1}
print(lst)
lst[-1:] = "end"
print(lst)
