# for loops with else, break and continue
for i in range(5):
    if i % 2:
        continue
    print(i)
else:
    print("done")
for p in range(2, 30):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print("prime", p)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    pass
print("i after loop", i)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
items = [1, 2, 3]
for x in items:
    if x == 2:
        items.append(4)
    print("saw", x)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        if i == 1:
            continue
        print("ij", i, j)
