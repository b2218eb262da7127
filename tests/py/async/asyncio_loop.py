# The asyncio event loop directly: new_event_loop, run_until_complete, run_forever/stop,
# callbacks, exception handlers, async generator hooks and shutdown, executor-free APIs.
import asyncio
import sys


def show_hooks():
    h = sys.get_asyncgen_hooks()
    return (h.firstiter is not None, h.finalizer is not None)


async def ticker(log, n):
    try:
        for i in range(n):
            log.append(f"tick {i}")
            yield i
            await asyncio.sleep(0)
    finally:
        log.append("ticker finally")


async def main():
    print("hooks installed while running:", show_hooks())
    log = []
    async for i in ticker(log, 3):
        pass
    print(log)
    log.clear()
    g = ticker(log, 10)
    print(await g.__anext__(), await g.__anext__())
    global leftover
    leftover = g
    loop = asyncio.get_running_loop()
    print(len(loop._asyncgens))
    return log


print("hooks before:", show_hooks())
log = asyncio.run(main())
print("after run:", log, show_hooks())

print("-- manual loop")
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
calls = []


async def job(x):
    await asyncio.sleep(0.001)
    calls.append(("job", x))
    return x * 10


print(loop.run_until_complete(job(4)), calls)
loop.call_soon(calls.append, "soon-1")
loop.call_soon(calls.append, "soon-2")
loop.call_later(0.005, loop.stop)
loop.run_forever()
print(calls)
fut = loop.create_future()
loop.call_soon(fut.set_result, "via run_forever")
loop.call_soon(loop.stop)
loop.run_forever()
print(fut.result(), loop.is_running(), loop.is_closed())

print("-- exception handler")
seen = []


def handler(lp, context):
    seen.append((context["message"].split(" at ")[0], type(context.get("exception")).__name__))


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)


def explode():
    raise ZeroDivisionError("callback failed")


loop.call_soon(explode)
loop.call_soon(loop.stop)
loop.run_forever()
print(seen)
loop.set_exception_handler(None)

print("-- call_soon_threadsafe and handles")
h = loop.call_soon_threadsafe(calls.append, "threadsafe")
print(type(h).__name__, h.cancelled())
loop.call_soon(loop.stop)
loop.run_forever()
print(calls[-1])
th = loop.call_later(10, print, "never")
print(type(th).__name__, th.when() > loop.time())
th.cancel()
print(th.cancelled())

print("-- run_until_complete with a future and errors")
f = asyncio.ensure_future(job(7), loop=loop)
print(loop.run_until_complete(f))


async def raiser():
    raise LookupError("from coroutine")


try:
    loop.run_until_complete(raiser())
except LookupError as e:
    print("LookupError", e)
try:
    loop.run_until_complete(loop.create_future()) if False else None
    loop.call_soon(loop.stop)
    loop.run_until_complete(asyncio.sleep(0.001))
except RuntimeError as e:
    print("RuntimeError", e)
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print(loop.is_closed())
coro = job(1)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError", e)
coro.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError", e)
asyncio.set_event_loop(None)

print("-- policy and misc")
policy = asyncio.get_event_loop_policy()
print(type(policy).__name__.endswith("EventLoopPolicy"))
l2 = policy.new_event_loop()
print(type(l2).__name__, l2.get_debug())
l2.set_debug(True)
print(l2.get_debug())
l2.close()
print(asyncio.run(asyncio.sleep(0, "done")))
