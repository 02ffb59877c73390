# any and all short-circuit
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("abc"), all(""), any([[], {}, ""]), all([[0], (0,), "0"]))
def tracked(vals):
    for v in vals:
        print("check", v)
        yield v
print(any(tracked([0, 3, 0])))
print(all(tracked([1, 0, 1])))
