# assignment expressions
data = [1, 5, 10, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
i = 0
while (i := i + 1) < 4:
    print("i", i)
print(i)
print((z := 5) + z)
