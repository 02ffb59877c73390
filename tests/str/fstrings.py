# f-strings
x = 42
name = "Ada"
print(f"{x}", f"{x + 1}", f"{name!r}", f"{name:>6}", f"{x:08b}", f"{{braces}}")
print(f"{x=}", f"{'nested'}", f"{[1, 2][0]}", f"{'a' if x else 'b'}")
w = 7
print(f"{3.14159:.{w - 4}f}", f"{name}{x}", f"{x * 2:>{w}}|")
print(f"{'日本':*^6}", f"{-x:+}", f"{x:x}")
