# generators abandoned mid-iteration are finalized by close()
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield name + str(i)
    finally:
        print("close", name)
g = resource("a")
print(next(g))
g.close()
print("after close")
g2 = resource("b")
print(list(g2))
g3 = resource("c")
g3.close()
print("closing an unstarted generator runs nothing")
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g4 = ignore_exit()
next(g4)
try:
    g4.close()
except RuntimeError as e:
    print(type(e).__name__, e)
