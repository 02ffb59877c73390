# A finished coroutine cannot be resumed: send, throw and await raise
# RuntimeError; close() is a no-op. A running one cannot be re-entered.
async def finishes():
    return 1


c = finishes()
try:
    c.send(None)
except StopIteration as e:
    print("first run returned", e.value)
for op in ("send", "throw", "close"):
    try:
        if op == "send":
            result = c.send(None)
        elif op == "throw":
            result = c.throw(KeyError("x"))
        else:
            result = c.close()
        print(op, "->", result)
    except BaseException as e:
        print(op, type(e).__name__, e)

c = finishes()
try:
    c.throw(KeyError("before start"))
except KeyError as e:
    print("throw before start:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("after that:", e)


async def awaits(coroutine):
    return await coroutine


done = finishes()
try:
    done.send(None)
except StopIteration:
    pass
try:
    awaits(done).send(None)
except RuntimeError as e:
    print("await finished:", e)


async def reenters():
    me.send(None)


me = reenters()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)


def generator():
    yield 1


g = generator()
list(g)
try:
    g.send(None)
except StopIteration:
    print("finished generator: StopIteration")
