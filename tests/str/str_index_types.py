# string indexing with big and bool indices
s = "hello"
print(s[True], s[False], s[-True])
try:
    s[2 ** 70]
except IndexError as e:
    print(type(e).__name__, e)
print(s[2 ** 70:], s[-(2 ** 70):2], s[::2 ** 70], s[::-(2 ** 70)])
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[None]
except TypeError as e:
    print(type(e).__name__, e)
