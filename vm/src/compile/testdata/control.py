i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no else")
for j in range(3):
    print("j", j)
else:
    print("for else")
for k in []:
    pass
else:
    print("empty else")
n = 10
while n:
    n -= 3
    if n < 0:
        print("neg", n)
        break
if n > 100:
    print("big")
elif n > 0:
    print("pos")
else:
    print("nonpos")
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for x in range(3):
    for y in range(3):
        if y == 1:
            break
        print(x, y)
total = 0
for x in range(100):
    if x % 2 == 0 and x % 3 == 0 or x == 7:
        total += x
print(total)
if not (1 and 0):
    print("not and")
