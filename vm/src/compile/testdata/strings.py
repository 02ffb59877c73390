name = "world"
n = 42
print(f"hello {name}!", f"{n}|", f"{n!r}", f"{name!r}", f"{name!s}{n}")
print(f"{n=}", f"{'nested'}", f"{n + 1}")
print(f"{{braces}}", f"")
print("a" "b", 'single', """triple""", r"raw\n", b"bytes")
print(str(1) + repr("q"))
s = "x"
print(f"{s}" f"{s}" "lit")
