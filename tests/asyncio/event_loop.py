# The loop object: new_event_loop, run_until_complete, run_forever with
# stop, call_soon/call_later, close, exception handlers for callbacks and
# for task exceptions no one retrieved.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.001)
    return a + b


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(1, 2)))
task = loop.create_task(add(3, 4))
print(loop.run_until_complete(task), task.done())

# run_forever until a callback stops it.
log = []


def tick(n):
    log.append(n)
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()


loop.call_soon(tick, 0)
loop.run_forever()
print(log)


async def stopper():
    await asyncio.sleep(0.002)
    print("stopping, running:", asyncio.get_running_loop() is loop, loop.is_running())
    loop.stop()


loop.create_task(stopper())
loop.run_forever()
print(loop.is_running())

# A callback that raises goes to the exception handler; the loop goes on.
def handler(loop, context):
    print("handler:", context["message"].split(" ")[0], repr(context.get("exception")))


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)


def broken():
    raise ZeroDivisionError("in callback")


loop.call_soon(broken)
print(loop.run_until_complete(add(5, 6)))


# A task whose exception nobody retrieves is reported.
async def fails():
    raise ValueError("unseen")


async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0.001)
    print("main goes on")
    # Retrieved in time: no report.
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(repr(t.exception()))


loop.run_until_complete(main())
loop.close()
print(loop.is_closed())
c = add(1, 1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

# A future that never completes because the loop was stopped.
loop = asyncio.new_event_loop()


async def stop_early():
    loop.stop()
    await asyncio.sleep(1)


try:
    loop.run_until_complete(stop_early())
except RuntimeError as e:
    print("RuntimeError:", e)
for t in asyncio.all_tasks(loop):
    t.cancel()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
