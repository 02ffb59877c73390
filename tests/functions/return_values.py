# return values: none, single, multiple, early return
def nothing():
    return
def multi():
    return 1, "two", [3]
def early(x):
    for i in range(10):
        if i == x:
            return "found", i
    return "missing"
print(nothing(), multi(), early(3), early(20))
a, b, c = multi()
print(a, b, c)
def in_loop():
    while True:
        return "out"
print(in_loop())
