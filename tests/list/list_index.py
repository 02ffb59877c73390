# indexing and item assignment
a = [10, 20, 30]
print(a[0], a[-1], a[-3])
a[1] = "x"
a[-1] = "y"
print(a)
for i in (3, -4, 100):
    try:
        a[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    a[3] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[False])
del a[0]
print(a)
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1][-1][-1])
nested[1][1][0] = 40
print(nested)
