# while loops with else, break and continue
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while completed")
n = 0
while True:
    n += 1
    if n > 3:
        break
print("n", n)
k = 10
while k > 0:
    if k == 7:
        print("break at", k)
        break
    k -= 1
else:
    print("not printed")
while 0:
    print("never")
else:
    print("else of a loop that never ran")
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
