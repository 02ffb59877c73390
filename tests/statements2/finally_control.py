# try/finally with return, break and continue: the finally block always runs,
# and a return or break inside finally overrides the pending exit.
def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "many"
    finally:
        print("finally", n)

print(f(0))
try:
    f(1)
except ValueError as e:
    print("caught", e)
print(f(2))

def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"
print(swallow())

def override():
    try:
        return 1
    finally:
        return 2
print(override())

out = []
for i in range(5):
    try:
        if i % 2:
            continue
        if i == 4:
            break
        out.append(i)
    finally:
        out.append(-i)
print(out)

def nested():
    log = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise IndexError(i)
                log.append(("body", i))
            finally:
                log.append(("inner", i))
        except IndexError as e:
            log.append(("caught", e.args[0]))
            continue
        finally:
            log.append(("outer", i))
    return log
for entry in nested():
    print(entry)

def break_in_finally():
    while True:
        try:
            raise RuntimeError("dropped")
        finally:
            break
    return "broke out"
print(break_in_finally())

def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(value_at_return())
