# reading slices of lists
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:1], a[::-4], a[1:9:100])
b = a[:]
print(b == a, b is a)
print(a[slice(1, 4)], a[slice(None, None, -3)])
