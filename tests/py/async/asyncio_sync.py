# asyncio synchronization and queues: Queue (FIFO, LIFO, priority, maxsize, join), Event,
# Lock, Semaphore, BoundedSemaphore, Condition, Barrier.
import asyncio


async def producer(q, items, log):
    for it in items:
        await q.put(it)
        log.append(f"put {it}")
    await q.put(None)


async def consumer(q, log):
    got = []
    while True:
        it = await q.get()
        q.task_done()
        if it is None:
            break
        log.append(f"got {it}")
        got.append(it)
    return got


async def queues():
    print("-- Queue")
    log = []
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    p = asyncio.create_task(producer(q, [1, 2, 3, 4], log))
    got = await consumer(q, log)
    await p
    print(got)
    print(log)
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print(q.qsize(), q.get_nowait(), q.get_nowait(), q.qsize())
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", full.full())

    lifo = asyncio.LifoQueue()
    for i in "abc":
        lifo.put_nowait(i)
    print([lifo.get_nowait() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])

    jq = asyncio.Queue()
    done = []

    async def worker(n):
        while True:
            item = await jq.get()
            # Work that takes `item` turns of the event loop (not wall time, which a
            # loaded machine or a JIT compiling stretches).
            for _ in range(item):
                await asyncio.sleep(0)
            done.append((n, item))
            jq.task_done()

    workers = [asyncio.create_task(worker(n)) for n in range(2)]
    for item in [4, 1, 2, 1]:
        jq.put_nowait(item)
    await jq.join()
    print(sorted(done), jq.qsize())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError", e)
    import re
    print(re.sub(r"0x[0-9a-f]+", "0x..", repr(asyncio.Queue(3))))


async def events():
    print("-- Event")
    ev = asyncio.Event()
    log = []

    async def waiter(n):
        log.append(f"wait {n}")
        await ev.wait()
        log.append(f"woke {n}")
        return n

    ts = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), log)
    ev.set()
    print(await asyncio.gather(*ts), ev.is_set())
    print(log)
    ev.clear()
    print(ev.is_set(), await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, True)), 1))


async def locks():
    print("-- Lock")
    lock = asyncio.Lock()
    log = []

    async def critical(n):
        async with lock:
            log.append(f"enter {n}")
            await asyncio.sleep(0.001)
            log.append(f"exit {n}")

    await asyncio.gather(*(critical(n) for n in range(3)))
    print(log)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    print("-- Semaphore")
    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(n):
        async with sem:
            active.append(n)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(n)

    await asyncio.gather(*(limited(n) for n in range(5)))
    print(max(peak), sem.locked(), sem._value)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)

    print("-- Condition")
    cond = asyncio.Condition()
    items = []

    async def cons(n):
        async with cond:
            await cond.wait_for(lambda: items)
            return (n, items.pop(0))

    cs = [asyncio.create_task(cons(n)) for n in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["first", "second"])
        cond.notify_all()
    print(sorted(await asyncio.gather(*cs)))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)

    print("-- Barrier")
    barrier = asyncio.Barrier(3)
    order = []

    async def party(n):
        order.append(f"arrive {n}")
        idx = await barrier.wait()
        order.append(f"pass {n}")
        return idx

    idxs = await asyncio.gather(*(party(n) for n in range(3)))
    print(sorted(idxs), order[:3], len(order), barrier.n_waiting, barrier.broken)


async def main():
    await queues()
    await events()
    await locks()


asyncio.run(main())
