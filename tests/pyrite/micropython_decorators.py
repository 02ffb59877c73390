# @micropython.bytecode needs no import; unknown @micropython.x is a SyntaxError
@micropython.bytecode
def f():
    return "bytecode"
print(f())
for code in ("@micropython.a\ndef g(): pass", "@micropython.a.b\ndef g(): pass"):
    try:
        exec(code)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
