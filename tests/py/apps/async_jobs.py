# An asyncio app: tasks, gather, a queue between producers and a consumer, timeouts and
# cancellation (no real waiting: every sleep is 0 or tiny).
import asyncio
from collections import deque


async def fetch(name, steps):
    total = 0
    for i in range(steps):
        await asyncio.sleep(0)
        total += i
    return name, total


async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}-{i}")
    await q.put(None)


async def consumer(q, producers):
    seen, done = deque(maxlen=4), 0
    while done < producers:
        item = await q.get()
        if item is None:
            done += 1
        else:
            seen.append(item)
    return list(seen)


async def slow():
    await asyncio.sleep(10)


async def main():
    results = await asyncio.gather(*(fetch(n, s) for n, s in [("a", 3), ("b", 5), ("c", 1)]))
    print("gathered:", results)
    q = asyncio.Queue(maxsize=2)
    last = await asyncio.gather(producer(q, "p", 3), producer(q, "q", 2), consumer(q, 2))
    print("last seen:", last[2])
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())
    lock, order = asyncio.Lock(), []

    async def worker(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)

    await asyncio.gather(*(worker(i) for i in range(4)))
    print("lock order:", order)
    return sum(t for _, t in results)


print("result:", asyncio.run(main()))
