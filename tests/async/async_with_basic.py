# async with: __aenter__/__aexit__ are awaited; __aexit__ may suppress.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        print("returned", stop.value)
    except BaseException as e:
        print("raised", type(e).__name__, e)


async def plain():
    async with Manager("a") as value:
        print("body", value)
    return 1


run(plain())


async def failing():
    async with Manager("b"):
        raise ValueError("oops")


run(failing())


async def suppressed():
    async with Manager("c", suppress=True):
        raise KeyError("gone")
    return "after"


run(suppressed())


async def nested():
    async with Manager("outer") as o, Manager("inner") as i:
        print("both", o, i)
    return o + i


run(nested())


async def early_exits():
    for n in range(3):
        async with Manager("loop%d" % n):
            if n == 0:
                continue
            if n == 1:
                break
    async with Manager("ret"):
        return "from body"


run(early_exits())


async def missing():
    async with 5:
        pass


run(missing())
