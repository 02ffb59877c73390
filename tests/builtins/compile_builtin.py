# compile() makes code objects that exec and eval run.
code = compile("x = 6 * 7\nprint('in exec', x)", "<test>", "exec")
print(type(code).__name__)
namespace = {}
exec(code, namespace)
print(namespace["x"])
print(eval(code, {}))

expr = compile("a + b", "<expr>", "eval")
print(eval(expr, {"a": 1, "b": 2}))
print(eval(expr, {"a": "x", "b": "y"}))
print(exec(expr, {"a": 1, "b": 2}))

single = compile("1 + 1", "<single>", "single")
exec(single)

print(eval(compile(b"3 * 3", "<bytes>", "eval")))

for source, mode in (("x =", "exec"), ("1 +", "eval"), ("x = 1", "eval")):
    try:
        compile(source, "<bad>", mode)
    except SyntaxError as e:
        print("SyntaxError", e.filename, e.lineno)

try:
    compile("1", "<f>", "nope")
except ValueError as e:
    print("ValueError:", e)
try:
    compile(1, "<f>", "exec")
except TypeError as e:
    print("TypeError:", e)

try:
    exec(compile("1/0", "<zero>", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# A code object can be run more than once.
counter = compile("n = n + 1", "<count>", "exec")
env = {"n": 0}
for _ in range(3):
    exec(counter, env)
print(env["n"])
