# infinite generators combined with zip, enumerate and early exit
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
print(list(zip(naturals(), "abc")))
print(list(zip("xyz", naturals(100), naturals(200))))
for i, n in zip(range(3), naturals(10)):
    print(i, n)
def squares():
    for n in naturals(1):
        yield n * n
for s in squares():
    if s > 50:
        break
    print(s, end=" ")
print()
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
print(list(take(4, naturals(7))))
