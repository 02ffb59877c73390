# augmented assignment on names, attributes and subscripts
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 13; x ^= 6
print(x)
y = 7.0
y /= 2
print(y)
class O:
    pass
o = O()
o.n = 1
o.n += 41
print(o.n)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] -= 10
print(d)
calls = []
def key():
    calls.append("key")
    return "k"
d[key()] *= 2
print(d, calls)
t = (1,)
t += (2,)
print(t)
s = "a"
s *= 3
print(s)
