# Code objects from compile() under exec and eval, with namespaces.
source = """
def double(x):
    return 2 * x
result = double(base)
"""
code = compile(source, "<module-like>", "exec")
for base in (1, 10):
    ns = {"base": base}
    exec(code, ns)
    print(ns["result"], ns["double"](base + 1))

expression = compile("[n * n for n in range(k)]", "<squares>", "eval")
print(eval(expression, {"k": 4}))
print(eval(expression, {}, {"k": 2}))

local_ns = {}
exec(compile("a = 1\nb = a + 1", "<locals>", "exec"), {}, local_ns)
print(sorted(local_ns.items()))

try:
    eval(compile("undefined_name", "<missing>", "eval"), {})
except NameError as e:
    print("NameError:", e)
