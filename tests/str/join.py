# str.join
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), "-".join(["only"]))
print(" ".join("abc"), "::".join(("1", "2")), "é".join(["日", "本"]))
print("".join(str(i) for i in range(10)))
print(", ".join(sorted({"b": 1, "a": 2})))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
