# global and nonlocal corner cases.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter)

def make_global():
    global created_later
    created_later = "made inside a function"

make_global()
print(created_later)

def outer():
    value = "outer"
    def middle():
        def inner():
            nonlocal value
            value = "changed by inner"
        inner()
        return value
    result = middle()
    return result, value

print(outer())

def counter_factory():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = 0
    return increment, reset

inc, reset = counter_factory()
inc(); inc(5)
print(inc())
reset()
print(inc())

def shadow():
    counter = "local"
    def see():
        return counter
    return see()

print(shadow(), counter)

class Namespace:
    counter = "class level"
    def method(self):
        return counter  # the class body is not an enclosing scope

print(Namespace().method())

def global_in_nested():
    def inner():
        global counter
        counter = 100
    inner()
print(global_in_nested(), counter)

x = "module"
def comprehension_scope():
    x = "function"
    return [x for _ in range(1)], [lambda: x][0]()
print(comprehension_scope())
