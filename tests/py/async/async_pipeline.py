# Async generator pipelines with a cooperative scheduler (no asyncio).

class Yield:
    def __await__(self):
        yield

class Channel:
    """Unbounded queue; get() suspends until an item is available."""
    def __init__(self):
        self.items = []
        self.closed = False
    def put(self, item):
        self.items.append(item)
    async def get(self):
        while not self.items:
            if self.closed:
                raise StopAsyncIteration
            await Yield()
        return self.items.pop(0)
    def __aiter__(self):
        return self
    async def __anext__(self):
        return await self.get()

def run_all(tasks):
    """Round-robin a dict of name -> coroutine until all finish."""
    results = {}
    pending = list(tasks.items())
    rounds = 0
    while pending:
        rounds += 1
        still = []
        for name, coro in pending:
            try:
                coro.send(None)
                still.append((name, coro))
            except StopIteration as e:
                results[name] = e.value
        pending = still
    return results, rounds

async def numbers(n):
    for i in range(1, n + 1):
        await Yield()
        yield i

async def squares(source):
    async for x in source:
        yield x * x

async def only_odd(source):
    async for x in source:
        if x % 2:
            yield x

async def collect(source):
    return [x async for x in source]

print(run_all({"pipe": collect(only_odd(squares(numbers(9))))}))

# fan-out through channels
log = []
async def producer(ch, items):
    for i in range(0, len(items), 2):
        for it in items[i:i + 2]:
            ch.put(it)
            log.append("put %s" % it)
        await Yield()
    ch.closed = True
    return "produced %d" % len(items)

async def consumer(name, ch):
    got = []
    async for item in ch:
        log.append("%s got %s" % (name, item))
        got.append(item)
        await Yield()
    return got

ch = Channel()
results, rounds = run_all({
    "producer": producer(ch, list("abcdef")),
    "c1": consumer("c1", ch),
    "c2": consumer("c2", ch),
})
for line in log:
    print(line)
print(sorted(results.items()))
print("rounds:", rounds)

# async generator that aggregates windows from another async generator
async def windows(source, size):
    buf = []
    async for x in source:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)
print(run_all({"w": collect(windows(numbers(7), 3))})[0])

# early exit: consumer stops, generator finalized explicitly with aclose
events = []
async def tracked(n):
    try:
        for i in range(n):
            await Yield()
            yield i
    finally:
        events.append("tracked closed")

async def first_two():
    gen = tracked(100)
    out = []
    async for x in gen:
        out.append(x)
        if len(out) == 2:
            break
    await gen.aclose()
    return out
print(run_all({"first": first_two()})[0], events)

# a pipeline stage that counts items passing through
async def counting(source, counter):
    async for x in source:
        counter["n"] += 1
        yield x
counter = {"n": 0}
print(run_all({"count": collect(counting(numbers(5), counter))})[0], counter)

# merging two async generators by alternating between them
async def letters(s):
    for ch in s:
        await Yield()
        yield ch

async def merge(a, b):
    a_done = b_done = False
    while not (a_done and b_done):
        if not a_done:
            try:
                yield await a.__anext__()
            except StopAsyncIteration:
                a_done = True
        if not b_done:
            try:
                yield await b.__anext__()
            except StopAsyncIteration:
                b_done = True
print(run_all({"merge": collect(merge(letters("abc"), letters("12345")))})[0])

# enumerate-like async generator
async def aenumerate(source, start=0):
    i = start
    async for x in source:
        yield i, x
        i += 1
print(run_all({"enum": collect(aenumerate(letters("xyz"), 1))})[0])
