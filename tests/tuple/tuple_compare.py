# tuple comparison is lexicographic and element-wise
cases = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1,)), ((), ()), ((), (0,)), ((2,), (1, 9)),
         ((1, "a"), (1, "b")), ((1, 2.0), (1, 2)), (("a", [1]), ("a", [2]))]
for a, b in cases:
    print(a, b, a == b, a < b, a > b, a <= b)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([(0, 5), (1, 0)]))
