# A tiny event loop with simulated time (no asyncio, no real clock).

class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield ("sleep", self.delay)

class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []   # (wake_time, seq, name, coro)
        self.seq = 0
        self.results = {}

    def spawn(self, name, coro, at=None):
        self.seq += 1
        self.queue.append((self.now if at is None else at, self.seq, name, coro))

    def run(self):
        while self.queue:
            self.queue.sort()
            wake, seq, name, coro = self.queue.pop(0)
            self.now = wake
            try:
                cmd = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print("t=%3d %-8s finished -> %r" % (self.now, name, e.value))
                continue
            kind, arg = cmd
            if kind == "sleep":
                self.seq += 1
                self.queue.append((self.now + arg, self.seq, name, coro))
            else:
                raise RuntimeError("unknown command %r" % (kind,))

loop = Loop()

async def blinker(name, period, times):
    for i in range(times):
        print("t=%3d %-8s blink %d" % (loop.now, name, i))
        await Sleep(period)
    return times

async def slow_add(a, b):
    await Sleep(25)
    return a + b

async def calculator():
    x = await slow_add(1, 2)
    print("t=%3d %-8s got %d" % (loop.now, "calc", x))
    y = await slow_add(x, 10)
    return y

loop.spawn("fast", blinker("fast", 10, 5))
loop.spawn("slow", blinker("slow", 30, 3))
loop.spawn("calc", calculator())
loop.run()
print("final time", loop.now)
print(sorted(loop.results.items()))

# timeouts implemented by racing two tasks with a shared flag
loop2 = Loop()
loop = loop2
state = {"done": False}

async def job(duration):
    await Sleep(duration)
    if not state["done"]:
        state["done"] = True
        return "job finished"
    return "job too late"

async def watchdog(limit):
    await Sleep(limit)
    if not state["done"]:
        state["done"] = True
        return "timeout"
    return "watchdog idle"

loop2.spawn("job", job(50))
loop2.spawn("watchdog", watchdog(40))
loop2.run()
print(sorted(loop2.results.items()))

# an event object awaited by several waiters
class Event:
    def __init__(self):
        self.set_flag = False
    def __await__(self):
        while not self.set_flag:
            yield ("sleep", 1)
        return "event seen"

loop3 = Loop()
loop = loop3
ev = Event()

async def waiter(n):
    r = await ev
    return "%s at t=%d" % (r, loop3.now)

async def setter():
    await Sleep(5)
    ev.set_flag = True
    return "set at t=%d" % loop3.now

for i in range(3):
    loop3.spawn("waiter%d" % i, waiter(i))
loop3.spawn("setter", setter())
loop3.run()
