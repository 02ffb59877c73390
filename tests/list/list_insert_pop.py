# insert and pop at every position
a = []
for i in range(6):
    a.insert(i // 2, i)
    print(a)
while a:
    print(a.pop(len(a) // 2), a)
b = [1, 2, 3]
b.insert(-1, "x")
b.insert(-10, "y")
print(b, b.pop(-2), b)
