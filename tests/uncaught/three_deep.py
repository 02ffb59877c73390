# an exception raised three calls deep, uncaught
def outer(x):
    return middle(x) + 1
def middle(x):
    y = x * 2
    return inner(y)
def inner(z):
    items = [1, 2, 3]
    return items[z]
print("start")
print(outer(0))
print(outer(5))
