# changing a set while iterating over it raises RuntimeError
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
t = {1, 2, 3}
for v in list(t):
    t.remove(v)
print(t, len(t))
