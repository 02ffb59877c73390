# and / or return operands and short-circuit
def t(name, v):
    print("eval", name)
    return v
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0))
print(t("a", "x") or t("b", 1))
print(t("a", []) or t("b", {}) or t("c", "end"))
print(not t("a", []), not t("a", [1]))
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None)
x = 5
print(x > 3 and "big" or "small", x > 10 and "big" or "small")
