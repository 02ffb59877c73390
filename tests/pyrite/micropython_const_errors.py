# const() arguments that do not fold are a SyntaxError
def check(code):
    try:
        exec(code)
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
check("from micropython import const\nX = const(1)\nprint(X)")
check("a = 1\nX = const(a)")
check("X = const(1); X = const(2)")
check("X = const(1 @ 2)")
check("X = const(1 << -1)")
check("X = const(1 // 0)")
check("X = const(1 % 0)")
check("X = const([1])")
