# for/while else only run when no break happened
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
search([1, 2, 3], 2)
search([1, 2, 3], 9)
search([], 1)
def wsearch(n):
    i = 0
    while i < n:
        if i * i == n:
            print(n, "is a square of", i)
            break
        i += 1
    else:
        print(n, "is not a perfect square")
for n in (16, 15, 0, 1):
    wsearch(n)
for i in range(2):
    for j in range(2):
        pass
    else:
        print("inner else", i)
else:
    print("outer else")
