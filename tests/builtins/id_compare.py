# id() values are compared, never printed
a = []
b = a
c = []
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
x = object()
ids = {id(x)}
print(id(x) in ids, len({id(a), id(b), id(c)}))
def same(o):
    return id(o)
print(same(a) == id(a))
