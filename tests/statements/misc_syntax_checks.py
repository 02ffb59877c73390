# __debug__, a bare except that is not last, compile(..., "single").
print(__debug__, type(__debug__))
for source in ("try:\n a\nexcept:\n pass\nexcept ValueError:\n pass\n",
               "try:\n a\nexcept:\n pass\nexcept:\n pass\n"):
    try:
        compile(source, "<test>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
exec(compile("if 1: 10 + 1\n", "<single>", "single"))
exec(compile("for i in range(2): i\n", "<single>", "single"))
try:
    compile("\\\n", "<single>", "single")
except SyntaxError:
    print("SyntaxError for a lone continuation")
