# for loops over range, lists and tuples allocate nothing
import micropython
data = [3, 1, 4, 1, 5]
pairs = ((1, 2), (3, 4))
def loops():
    total = 0
    for i in range(10):
        total += i
    for i in range(10, 0, -3):
        total += i
    for i in range(2, 5):
        total -= i
    for x in data:
        total += x
    for a, b in pairs:
        total += a * b
    for i in 1, 2:
        total += i
    n = 0
    while n < 5:
        n += 1
    return total + n
micropython.heap_lock()
result = loops()
micropython.heap_unlock()
print(result)
