name = "world"
n = 42
print(f"hello {name}!", f"{n:5d}|", f"{n!r}", f"{3.14159:.2f}", f"{name!r:>10}")
print(f"{n=}", f"{'nested'}", f"{n:{'0'}{4}}")
print(f"{{braces}}", f"")
w = 8
print(f"{n:>{w}}|")
print("a" "b", 'single', """triple""", r"raw\n", b"bytes")
print("%s and %d" % ("x", 5))
print(str(1) + repr("q"))
