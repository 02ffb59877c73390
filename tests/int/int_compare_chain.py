# chained integer comparisons
x = 5
print(1 < x < 10, 1 < x > 10, 5 == x == 5.0, 1 <= 1 < 2 <= 2)
print(0 < -1 < 1, 3 > 2 > 1 > 0, 3 > 2 > 2)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(0) < f(2))
print(calls)
calls.clear()
print(f(1) < f(2) < f(3))
print(calls)
