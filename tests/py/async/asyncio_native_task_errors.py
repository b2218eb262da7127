# Errors from native tasks: tracebacks through awaits, exceptions nobody retrieved and tasks
# destroyed while pending (reported to the loop's exception handler), debug-mode source
# tracebacks, and get_stack/print_stack.
import asyncio
import gc
import io
import traceback


def handler(loop, context):
    keys = sorted(k for k in context if k != "source_traceback")
    print("handler:", context["message"], keys, type(context.get("exception")).__name__)
    if "source_traceback" in context:
        print("  created in", context["source_traceback"][-1].name)


async def leaf(n):
    await asyncio.sleep(0)
    if n == 0:
        raise ZeroDivisionError("bottom")
    return await leaf(n - 1)


async def traced():
    try:
        await asyncio.create_task(leaf(2))
    except ZeroDivisionError as e:
        names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        print("traceback frames:", names)


async def unretrieved():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(OSError("lost"))
    del fut
    gc.collect()
    t = asyncio.create_task(leaf(0))
    await asyncio.sleep(0.01)
    del t
    gc.collect()
    fut = loop.create_future()
    fut.set_exception(OSError("seen"))
    fut.exception()
    del fut
    gc.collect()


async def pending_destroyed():
    loop = asyncio.get_running_loop()

    async def forever():
        await loop.create_future()

    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    waiter = t._fut_waiter
    print("waiting on", type(waiter).__name__, waiter._callbacks is not None)
    waiter.remove_done_callback(waiter._callbacks[0][0])
    asyncio.tasks._unregister_task(t)
    del t, waiter
    gc.collect()


async def stacks():
    async def inner():
        await asyncio.sleep(0.01)

    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    print("stack:", [f.f_code.co_name for f in t.get_stack()])
    buf = io.StringIO()
    t.print_stack(file=buf)
    first = buf.getvalue().splitlines()[0]
    print(first.split(" coro=")[0], "Task.task_wakeup()" in first)
    await t
    print("done stack:", t.get_stack())


async def debug_source():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("source tb:", fut._source_traceback[-1].name)
    fut.set_exception(RuntimeError("debug"))
    del fut
    gc.collect()


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    await traced()
    await unretrieved()
    await pending_destroyed()
    await stacks()


asyncio.run(main())


async def main_debug():
    asyncio.get_running_loop().set_exception_handler(handler)
    await debug_source()


asyncio.run(main_debug(), debug=True)


async def crash():
    await asyncio.sleep(0)
    raise LookupError("from a task")


try:
    asyncio.run(crash())
except LookupError as e:
    print("run raised", repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)][-1])
