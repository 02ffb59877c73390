# json.dumps: CPython's output format, options and errors.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(2**100), json.dumps(-(2**70)))
print(json.dumps(1.0), json.dumps(0.1), json.dumps(-2.5e-8), json.dumps(1e300), json.dumps(-0.0))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps("plain"), json.dumps(""), json.dumps('q"b\\s/'))
print(json.dumps("\n\r\t\b\f\x00\x1f\x7f"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600", ensure_ascii=False))
print(json.dumps([1, [2, [3, []]], {}, (4, 5)]))
print(json.dumps({"a": 1, "b": [True, None], "c": {"d": "e"}}))

# Keys: str as is, numbers, bools and None as their JSON text.
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))

# Separators and indentation.
data = {"list": [1, 2, {"x": []}], "empty": {}, "n": None}
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps([1, 2], indent=2, separators=(", ", " = ")))
print(json.dumps([], indent=4), json.dumps({}, indent=4))

# Values that are not JSON.
try:
    json.dumps(object)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {3, 1, 2}}, default=sorted))


def default(o):
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError("no")


print(json.dumps([1j, 2 + 3j], default=default))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps([1, [float("inf")]], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

# Circular structures.
loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
shared = [1]
print(json.dumps([shared, shared]))


# Subclasses encode as their base type.
class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyStr(str):
    pass


class MyList(list):
    pass


print(json.dumps([MyInt(5), MyStr("s"), MyList([1, 2]), {MyStr("k"): MyInt(1)}]))

# Deep nesting is a RecursionError, not a crash.
deep = []
for i in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError:
    print("RecursionError")
