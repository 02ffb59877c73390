# cpython: 3.12 (OrderedDict's repr)
from collections import OrderedDict

d = OrderedDict()
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d, list(d), list(d.values()), len(d))
print(d.popitem(), d.popitem(last=False), d)
d["x"] = 9
d["b"] = 10
print(d)
print(OrderedDict(), OrderedDict([(1, 2)]), OrderedDict(a=1))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(OrderedDict.fromkeys("abc", 0))
print(isinstance(d, dict), d.get("b"), "x" in d, d.copy(), type(d.copy()).__name__)
print(list(reversed(OrderedDict.fromkeys("xyz"))))
