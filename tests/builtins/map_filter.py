# map and filter are lazy iterators
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(str.isdigit, "a1b2c3")))
m = map(lambda x: x * 2, range(3))
print(next(m), list(m), list(m))
calls = []
def f(x):
    calls.append(x)
    return x
lazy = map(f, [1, 2, 3])
print(calls)
next(lazy)
print(calls)
print(list(map(len, ["", "ab", "abc"])), list(map(int, "123")))
