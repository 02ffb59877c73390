# simple statements on one line
a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print("one-line if")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
def f(x): return x * 2
print(f(21))
class K: v = 5
print(K.v)
