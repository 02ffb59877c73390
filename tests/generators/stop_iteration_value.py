# A StopIteration raised by a Python __next__ keeps its arguments through
# next(), map, zip, enumerate and yield from.
class Stopper:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


for make in (lambda: next(Stopper()), lambda: next(map(abs, Stopper())),
             lambda: next(zip(Stopper())), lambda: next(enumerate(Stopper()))):
    try:
        make()
    except StopIteration as e:
        print("args", e.args)

print(next(Stopper(), "default"))
print(list(zip(Stopper(), [1])))


def stop_in_function(x):
    if x > 1:
        raise StopIteration("from map function")
    return x


def delegate():
    value = yield from map(stop_in_function, range(10))
    print("yield from value:", value)


print(list(delegate()))

try:
    list(zip([1, 2], Stopper(), strict=True))
except ValueError as e:
    print("ValueError:", e)
