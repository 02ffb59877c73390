# comparisons of bools
print(True > False, True >= True, False < 1, True == 1.0, sorted([True, False, 1, 0]))
print(True + 0.5, max(True, False), min([False, True]), [False, True][True])
d = {1: "one", True: "true", 0: "zero"}
print(d)
print(hash(True) == hash(1), hash(False))
print({True, 1, 1.0})
