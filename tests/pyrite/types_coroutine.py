# types.coroutine marks a generator function so that its generators can be
# awaited (CPython sets CO_ITERABLE_COROUTINE); plain generators cannot.
import types


@types.coroutine
def legacy():
    value = yield "legacy"
    return value + 1


async def use_legacy():
    return await legacy()


coro = use_legacy()
print(coro.send(None))
try:
    coro.send(41)
except StopIteration as stop:
    print(stop.value)


def plain():
    yield 1


async def use_plain():
    return await plain()


try:
    use_plain().send(None)
except TypeError as e:
    print("TypeError:", e)

try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
