# range in loops, with negative steps and large bounds
for r in (range(5), range(2, 8, 2), range(10, 0, -3), range(-3, 3), range(0), range(5, 5), range(3, 0)):
    print(list(r), len(r))
total = 0
for i in range(1000):
    total += i
print(total)
print(list(range(2 ** 64, 2 ** 64 + 3)))
