# closures with nonlocal
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return items
    return add, get
add, get = accumulator()
add(1); add(2)
print(get())
