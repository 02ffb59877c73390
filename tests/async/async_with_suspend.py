# __aenter__ and __aexit__ that suspend: each yield reaches the driver.
class step:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


class Slow:
    async def __aenter__(self):
        await step("entering")
        return "resource"

    async def __aexit__(self, *exc_info):
        await step("exiting")
        print("exit saw", exc_info[0])
        return False


async def main():
    async with Slow() as r:
        print("using", r)
        await step("working")
    return "ok"


coro = main()
try:
    while True:
        print("driver got", coro.send(None))
except StopIteration as stop:
    print("result", stop.value)


async def failing():
    async with Slow():
        raise RuntimeError("inside")


coro = failing()
try:
    while True:
        print("driver got", coro.send(None))
except RuntimeError as e:
    print("caught", e)
