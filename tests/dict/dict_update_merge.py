# update, merge operators, and overwriting keeps the original position
d = {"a": 1, "b": 2, "c": 3}
d.update({"b": 20, "d": 4})
print(d)
d.update(a=100)
print(d)
d.update([("e", 5), ("a", -1)])
print(d)
e = {**d, "z": 0, **{"a": "last"}}
print(e)
print({**{}, **{}}, dict(**{"x": 1}))
try:
    d.update(5)
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    d.update([1, 2])
except TypeError as e3:
    print(type(e3).__name__, e3)
