# conditional expressions
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
def side(x):
    print("side", x)
    return x
print(side(1) if side(True) else side(2))
print(side(1) if side(False) else side(2))
print([x if x else "-" for x in (0, 1, "", "a")])
