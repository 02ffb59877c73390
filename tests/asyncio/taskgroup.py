# TaskGroup: waits for its tasks; the first failure cancels the rest and
# the body, and the failures come out as an ExceptionGroup.
import asyncio


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail is not None:
        print(name, "fails")
        raise fail
    print(name, "done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.02))
        t2 = tg.create_task(job("b", 0.01))
        print("body done")
    print("group done", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0.01))
            tg.create_task(job("bad", 0.03, ValueError("bad value")))
            tg.create_task(job("slow", 1))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg)
        print([repr(e) for e in eg.exceptions])

    # Two failures at the same time are both reported.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 0, KeyError("x")))
            tg.create_task(job("y", 0, IndexError("y")))
    except ExceptionGroup as eg:
        print(eg, sorted(type(e).__name__ for e in eg.exceptions))
        match, rest = eg.split(KeyError)
        print(repr(match.exceptions), repr(rest.exceptions))
        print(eg.subgroup(lambda e: isinstance(e, IndexError)).exceptions)

    # An exception in the body cancels the tasks and joins the group.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("bystander", 1))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print(eg, eg.exceptions)

    # Tasks created by tasks of the group belong to it too.
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            tg.create_task(job("grandchild", 0.001))
            return "spawned"
        s = tg.create_task(spawner())
    print(s.result())

    # A group cannot be reused once finished.
    late = job("late", 0)
    try:
        tg.create_task(late)
    except RuntimeError:
        print("RuntimeError after exit")
    late.close()

    # ExceptionGroup basics.
    eg = ExceptionGroup("msg", [ValueError(1)])
    print(repr(eg), str(eg), eg.message, isinstance(eg, Exception))
    beg = BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt()])
    print(type(beg).__name__, isinstance(beg, Exception))
    print(type(BaseExceptionGroup("all", [ValueError(2)])).__name__)


asyncio.run(main())
