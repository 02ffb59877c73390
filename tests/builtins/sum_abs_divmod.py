# sum, abs, divmod
print(sum([]), sum([1, 2, 3]), sum(range(10), 100), sum([0.5, 0.25]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1, 2], start=10), sum([2 ** 64, 2 ** 64]), sum([True, 2.5]))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 100)), abs(True), abs(-0.0))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(7.5, 2), divmod(2 ** 65, 3))
try:
    sum(["a"], "")
except TypeError as e:
    print(type(e).__name__, e)
