# A round-robin scheduler for several coroutines, without asyncio.

class Yield:
    """Awaitable that gives control back to the scheduler."""
    def __await__(self):
        yield "yield"

class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
        self.trace = []

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                self.trace.append("%s done" % name)
                continue
            except Exception as e:
                self.results[name] = "error: %s: %s" % (type(e).__name__, e)
                self.trace.append("%s failed" % name)
                continue
            self.ready.append((name, coro))

sched = Scheduler()

async def worker(name, steps):
    total = 0
    for i in range(steps):
        print("%s step %d" % (name, i))
        total += i
        await Yield()
    return total

sched.spawn("A", worker("A", 3))
sched.spawn("B", worker("B", 1))
sched.spawn("C", worker("C", 4))
sched.run()
print(sorted(sched.results.items()))
print(sched.trace)

# coroutines communicating through a shared queue
queue = []
log = []

async def producer(n):
    for i in range(n):
        queue.append(i)
        log.append("produced %d" % i)
        await Yield()
    queue.append(None)
    return "producer finished"

async def consumer():
    got = []
    while True:
        while not queue:
            await Yield()
        item = queue.pop(0)
        if item is None:
            return got
        log.append("consumed %d" % item)
        got.append(item * item)

s2 = Scheduler()
s2.spawn("consumer", consumer())
s2.spawn("producer", producer(4))
s2.run()
for line in log:
    print(line)
print(sorted(s2.results.items()))

# failing task does not stop the others
async def failing():
    await Yield()
    raise KeyError("bad key")

s3 = Scheduler()
s3.spawn("ok", worker("ok", 2))
s3.spawn("bad", failing())
s3.run()
print(sorted(s3.results.items()))
print(s3.trace)

# nested coroutine calls yield through to the scheduler
async def subtask(tag):
    await Yield()
    return tag.upper()

async def parent(tag):
    a = await subtask(tag + "1")
    b = await subtask(tag + "2")
    return a + "+" + b

s4 = Scheduler()
s4.spawn("p", parent("x"))
s4.spawn("q", parent("y"))
s4.run()
print(sorted(s4.results.items()), s4.trace)
