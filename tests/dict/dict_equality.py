# dict equality ignores order; values compare with ==
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {}, {1: 1} == {1.0: 1.0}, {1: "a"} == {True: "a"})
print(list(a) == list(b), list(a.items()) == list(b.items()))
print(a.keys() == b.keys(), a.items() == b.items(), a.keys() == {"x", "y"})
print({"a": float("nan")} == {"a": float("nan")})
n = float("nan")
print({"a": n} == {"a": n})
