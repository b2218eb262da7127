# asyncio basics: run, create_task, gather, sleep ordering, results, exceptions, cancellation.
import asyncio


async def add(a, b, delay=0):
    await asyncio.sleep(delay)
    return a + b


async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()


async def main():
    print(await add(1, 2))
    log = []
    # Delays 50 ms apart: a loaded machine can pause the process between the three starts.
    t1 = asyncio.create_task(worker("a", 0.15, log), name="task-a")
    t2 = asyncio.create_task(worker("b", 0.05, log))
    t3 = asyncio.create_task(worker("c", 0.10, log))
    print(t1.get_name(), t1.done(), isinstance(t1, asyncio.Task), isinstance(t1, asyncio.Future))
    print(await t1, await t2, await t3)
    print(log)
    print(t1.done(), t1.result(), t1.cancelled(), t1.exception())

    print("-- gather")
    print(await asyncio.gather(add(1, 1, 0.02), add(2, 2, 0.01), add(3, 3)))
    print(await asyncio.gather())
    res = await asyncio.gather(add(1, 1), asyncio.sleep(0, "slept"), return_exceptions=True)
    print(res)

    async def fail(msg, delay=0):
        await asyncio.sleep(delay)
        raise ValueError(msg)

    print(await asyncio.gather(fail("x"), add(5, 5), return_exceptions=True))
    try:
        await asyncio.gather(add(1, 2, 0.01), fail("boom"))
    except ValueError as e:
        print("gather raised", e)

    print("-- sleep and yield order")
    order = []

    async def step(n):
        for i in range(3):
            order.append((n, i))
            await asyncio.sleep(0)

    await asyncio.gather(step("x"), step("y"))
    print(order)
    print(await asyncio.sleep(0.001, result="value"))

    print("-- cancellation")
    started = asyncio.Event()

    async def forever():
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("forever: cancelled inside")
            raise

    t = asyncio.create_task(forever())
    await started.wait()
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(t.cancelled(), t.done(), t.cancel())

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored cancellation"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel("because")
    print(await t, t.cancelled())

    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel(msg="with message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    print("-- exceptions in tasks")
    t = asyncio.create_task(fail("late", 0.01))
    try:
        await t
    except ValueError as e:
        print("task raised", e, type(t.exception()).__name__)

    print("-- current task and loop")
    me = asyncio.current_task()
    print(me.get_name().startswith("Task-"), me.done(), asyncio.get_running_loop() is asyncio.get_event_loop())
    print(len(asyncio.all_tasks()) >= 1, me in asyncio.all_tasks())
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), type(loop.time()).__name__)
    return "main done"


print(asyncio.run(main()))
print(asyncio.run(add(40, 2)))
try:
    asyncio.run(add(1, "x"))
except TypeError as e:
    print("TypeError", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)


async def nested():
    coro = add(1, 1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()


asyncio.run(nested())
with asyncio.Runner() as runner:
    print(runner.run(add(2, 3)), runner.run(add(4, 5)))
print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
