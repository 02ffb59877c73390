n = 42
name = "world"
print(f"{n:5d}|", f"{3.14159:.2f}", f"{name!r:>10}")
print(f"{n:{'0'}{4}}")
w = 8
print(f"{n:>{w}}|")
print("%s and %d" % ("x", 5))
