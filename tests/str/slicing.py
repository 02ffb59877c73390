# slicing with all combinations of start, stop and step
s = "0123456789"
for start in (None, 0, 3, -3, 12, -12):
    for stop in (None, 7, -2, 0):
        print(start, stop, repr(s[start:stop]), repr(s[start:stop:2]), repr(s[start:stop:-1]), repr(s[start:stop:-3]))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
