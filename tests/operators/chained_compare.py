# chained comparisons evaluate each operand once and stop early
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3) < v(4), log)
log.clear()
print(v(1) < v(3) < v(2) < v(4), log)
log.clear()
print(v(5) == v(5) != v(6), log)
log.clear()
print(v(1) in [v(1)] in [[1]], log)
a = 3
print(1 < a <= 3, 1 < a < 3, a == 3 == 3.0, 0 <= a is not None)
