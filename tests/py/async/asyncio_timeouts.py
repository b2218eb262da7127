# asyncio timeouts and waiting: wait_for, timeout()/timeout_at(), wait, as_completed, shield,
# TaskGroup, futures and loop callbacks.
import asyncio


async def slow(value, delay):
    await asyncio.sleep(delay)
    return value


async def timeouts():
    print("-- wait_for")
    print(await asyncio.wait_for(slow("fast", 0.001), timeout=1))
    try:
        await asyncio.wait_for(slow("never", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(slow("no timeout", 0), None))
    cancelled = []

    async def tracked():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    try:
        await asyncio.wait_for(tracked(), 0.005)
    except TimeoutError:
        print("inner cancelled:", cancelled)

    print("-- timeout()")
    try:
        async with asyncio.timeout(0.01) as cm:
            print(cm.when() is not None, cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.001)
    print("none timeout", cm.when(), cm.expired())
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.001)
    print("rescheduled", cm.when())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.005):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")

    print("-- wait")
    tasks = [asyncio.create_task(slow(n, n / 20)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(slow(n, n / 100)) for n in (1, 20)]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()

    async def boom():
        await asyncio.sleep(0.001)
        raise KeyError("k")

    tasks = [asyncio.create_task(boom()), asyncio.create_task(slow("x", 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [repr(t.exception()) for t in done])
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)

    print("-- as_completed")
    order = []
    for fut in asyncio.as_completed([slow("c", 0.09), slow("a", 0.01), slow("b", 0.05)]):
        order.append(await fut)
    print(order)

    print("-- shield")
    inner = asyncio.create_task(slow("shielded", 0.01))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.001)
    except TimeoutError:
        print("outer timed out, inner cancelled?", inner.cancelled())
    print(await inner)


async def groups():
    print("-- TaskGroup")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(slow(1, 0.002))
        b = tg.create_task(slow(2, 0.001))
    print(a.result() + b.result())

    async def bad(n):
        await asyncio.sleep(0)
        raise ValueError(f"bad {n}")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
            tg.create_task(slow("cancelled", 1))
    except* ValueError as eg:
        print("ExceptionGroup", sorted(str(e) for e in eg.exceptions))


async def futures():
    print("-- futures and callbacks")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    seen = []
    fut.add_done_callback(lambda f: seen.append(("cb", f.result())))
    loop.call_soon(fut.set_result, 99)
    print(await fut, fut.done())
    await asyncio.sleep(0)
    print(seen)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    f2 = loop.create_future()
    print(f2.done(), f2.cancelled())
    try:
        f2.result()
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    f2.set_exception(RuntimeError("oops"))
    try:
        await f2
    except RuntimeError as e:
        print("RuntimeError", e)
    calls = []
    loop.call_later(0.02, calls.append, "later 2")
    loop.call_later(0.01, calls.append, "later 1")
    loop.call_soon(calls.append, "soon")
    h = loop.call_later(0.005, calls.append, "cancelled")
    h.cancel()
    loop.call_at(loop.time() + 0.015, calls.append, "at 1.5")
    await asyncio.sleep(0.03)
    print(calls, h.cancelled())
    f3 = asyncio.ensure_future(slow("ensured", 0))
    print(type(f3).__name__, await f3)
    f4 = loop.create_future()
    print(asyncio.ensure_future(f4) is f4)
    f4.cancel()
    print(f4.cancelled())
    wrapped = asyncio.wrap_future
    print(callable(wrapped))


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def gens():
    print("-- async generators")
    print([x async for x in agen(4)])
    g = agen(10)
    print(await g.__anext__(), await anext(g))
    await g.aclose()


async def main():
    await timeouts()
    await groups()
    await futures()
    await gens()


asyncio.run(main())
