# cpython: 3.12 (OrderedDict's repr)
# Python 3.12's OrderedDict repr: the class name around a dict display,
# "OrderedDict()" when empty, "..." where the dict contains itself, and a
# subclass's own name.
from collections import OrderedDict

print(repr(OrderedDict()), str(OrderedDict()))
print(OrderedDict(a=1, b=[2, 3]))
o = OrderedDict([("z", 1), ("a", 2)])
o.move_to_end("z")
print(o)
o["self"] = o
print(o)
print([o])
o.clear()
print(o)


class Named(OrderedDict):
    pass


print(Named(), Named(x="y"))
print(OrderedDict(inner=OrderedDict(k=None)), {1: OrderedDict()})
print(OrderedDict({(1, 2): "tuple", "s": 'quo"te'}))
