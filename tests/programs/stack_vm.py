# a tiny stack virtual machine with an assembler and error handling
class VMError(Exception):
    pass

def assemble(src):
    code = []
    labels = {}
    for line in src.strip().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op = parts[0]
        arg = parts[1] if len(parts) > 1 else None
        if arg is not None and arg.lstrip("-").isdigit():
            arg = int(arg)
        code.append((op, arg))
    return [(op, labels.get(arg, arg)) if op in ("jmp", "jz", "call") else (op, arg) for op, arg in code]

def run(code, trace=False, limit=10000):
    stack = []
    frames = []
    env = {}
    out = []
    pc = 0
    steps = 0
    def pop():
        if not stack:
            raise VMError("stack underflow at %d" % pc)
        return stack.pop()
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded")
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(env[arg])
        elif op == "store":
            env[arg] = pop()
        elif op in ("add", "sub", "mul", "div", "lt"):
            b = pop()
            a = pop()
            if op == "add":
                stack.append(a + b)
            elif op == "sub":
                stack.append(a - b)
            elif op == "mul":
                stack.append(a * b)
            elif op == "lt":
                stack.append(1 if a < b else 0)
            else:
                if b == 0:
                    raise VMError("division by zero at %d" % (pc - 1))
                stack.append(a // b)
        elif op == "dup":
            v = pop()
            stack.extend([v, v])
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if pop() == 0:
                pc = arg
        elif op == "call":
            frames.append(pc)
            pc = arg
        elif op == "ret":
            pc = frames.pop()
        elif op == "print":
            out.append(pop())
        elif op == "halt":
            break
        else:
            raise VMError("unknown op %r" % op)
    return out, steps

FACT = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
SQUARES = """
    push 0
    store i
top:
    load i
    push 5
    lt
    jz end
    load i
    call square
    print
    load i
    push 1
    add
    store i
    jmp top
square:       # squares the top of the stack
    dup
    mul
    ret
end:
"""
for name, src in (("fact", FACT), ("squares", SQUARES)):
    code = assemble(src)
    print(name, len(code), "instructions")
    print(run(code))
for bad in ("push 1\nadd", "push 1\npush 0\ndiv", "frob", "l:\njmp l"):
    try:
        run(assemble(bad), limit=50)
    except VMError as e:
        print("VMError:", e)
