# PEP 701 f-strings (Python 3.12 rules): the same quote inside a replacement
# field, backslashes and comments in expressions, arbitrary nesting. The .exp
# is CPython 3.12's output (the corpus's reference, 3.11, rejects this syntax).
names = {"alpha": 1, "beta": 22}
print(f"{names["alpha"]} and {names["beta"]:>4}")
print(f"{"\n".join(["line one", "line two"])}")
print(f"{f"{f"{f"{1 + 1}"}"}"}")
width = 7
print(f"[{"centre":^{width}}] [{3.14159:.{width - 4}f}]")
print(f"{
    names["alpha"]  # a comment inside the field
    + names["beta"]
}")
print(f"{'\u00e9t\u00e9'!r} {"tab\there"!a}")
values = [1, 2, 3]
print(f"{", ".join(f"{v:02d}" for v in values)}")
print(f"{values[0] + values[-1] = }")
