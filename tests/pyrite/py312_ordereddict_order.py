# cpython: 3.12 (OrderedDict's repr)
# move_to_end and order-sensitive equality
from collections import OrderedDict

d = OrderedDict.fromkeys("abcde")
d.move_to_end("b")
print(list(d))
d.move_to_end("e", last=False)
print(list(d))
d.move_to_end("e")
print(list(d))
try:
    d.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
x = OrderedDict([(1, 1), (2, 2)])
y = OrderedDict([(2, 2), (1, 1)])
print(x == y, x != y, x == dict(y), dict(x) == y, x == {1: 1, 2: 2})
y.move_to_end(2)
print(x == y, x != y)


class Tracked(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key)
        OrderedDict.__setitem__(self, key, value)


t = Tracked()
t["k"] = 1
print(t)
