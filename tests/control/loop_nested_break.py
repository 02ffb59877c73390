# break and continue inside nested loops and try
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
count = 0
for i in range(10):
    try:
        if i % 3 == 0:
            continue
        count += 1
    finally:
        count += 100
print(count)
for i in range(3):
    try:
        break
    finally:
        print("finally on break", i)
n = 0
while n < 3:
    n += 1
    try:
        continue
    finally:
        print("finally on continue", n)
