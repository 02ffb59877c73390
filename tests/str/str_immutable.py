# strings are immutable; methods return new strings
s = "hello"
t = s
s += " world"
print(s, t)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
u = s.upper()
print(s, u)
print(s.replace("l", "L") is not s, s[:] == s)
