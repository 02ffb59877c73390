# repr of dicts with various keys and values
print({})
print({1: "a", "b": 2, (3, 4): [5], None: None, 2.5: {"in": {}}})
print({"quote'": 'dq"', "both'\"": 1})
d = {}
d["self"] = d
print(d)
print(str({"k": "v"}), repr({"k": "v"}) == str({"k": "v"}))
print(dict(sorted({"b": 1, "a": 2, "c": 0}.items())))
