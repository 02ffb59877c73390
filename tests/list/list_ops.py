# list operators
a = [1, 2, 3]
print(a + [4], a * 2, 2 * a, [] * 5, a * 0, a * -1)
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], [1, [2]] == [1, [2]], [] < [0])
print(2 in a, 5 in a, [2] in [[2]], len(a), len([]))
b = a
b += [9]
print(a, b is a)
b = b + [10]
print(a, b is a)
c = [[]] * 3
c[0].append(1)
print(c)
a *= 2
print(a)
print(list(), list("ab"), list(range(3)), list((1, 2)), list({"k": 1}))
for bad in (lambda: a + (1,), lambda: a * 1.5, lambda: [1] < ["a"]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
