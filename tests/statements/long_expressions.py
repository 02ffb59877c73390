# Long operator chains compile (a register VM must not need a register per
# operator) and evaluate left to right.
x = 1
print(eval("+".join(["x"] * 2000)))
x = "ab"
print(len(eval("+".join(["x"] * 2000))))
source = "y = " + " - ".join(str(i) for i in range(1000)) + "\nprint(y)"
exec(source)
def product(z):
    return z * z * z * z * z * z * z * z * z * z * z * z * z * z * z * z * z * z * z * z
print(product(2))
print(eval(" | ".join(str(1 << (i % 60)) for i in range(700))))
