# Coroutines driven by hand with send(None), no asyncio.

class Suspend:
    """An awaitable that suspends once, yielding a message to the driver."""
    def __init__(self, msg):
        self.msg = msg
    def __await__(self):
        reply = yield self.msg
        return reply

def run(coro, replies=()):
    """Drive a coroutine to completion, answering each suspension from replies."""
    replies = list(replies)
    value = None
    steps = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            print("  finished after", steps, "suspensions with", repr(e.value))
            return e.value
        steps += 1
        print("  driver saw", repr(yielded))
        value = replies.pop(0) if replies else None

async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y

c = main()
print(type(c).__name__)
print(run(c))

# a coroutine that suspends
async def asks():
    name = await Suspend("what is your name?")
    age = await Suspend("how old are you?")
    return "%s is %s" % (name, age)
print(run(asks(), ["Ann", 7]))

# coroutine object attributes
async def named():
    pass
co = named()
print(co.__name__, co.__qualname__, co.cr_running, co.cr_frame is not None, co.cr_code.co_name)
co.close()
print(co.cr_frame)

# awaiting a coroutine twice is an error
async def inner():
    return 1
async def twice():
    c = inner()
    a = await c
    try:
        b = await c
    except RuntimeError as e:
        return "%d then %s: %s" % (a, type(e).__name__, e)
print(run(twice()))

# await on non-awaitable
async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print(type(e).__name__, e)

# coroutine function vs coroutine object
print(type(main).__name__, type(main()).__name__)
import sys
c2 = main()
c2.close()

# exceptions inside coroutines propagate through send
async def fails():
    await Suspend("about to fail")
    raise ValueError("coroutine failed")
try:
    run(fails())
except ValueError as e:
    print(type(e).__name__, e)

# try/except inside a coroutine around an await
async def guarded():
    try:
        await fails()
    except ValueError as e:
        return "caught: " + str(e)
print(run(guarded()))

# sending non-None to a just-started coroutine
c3 = main()
try:
    c3.send("x")
except TypeError as e:
    print(type(e).__name__, e)
c3.close()

# send after completion
c4 = add(1, 1)
try:
    c4.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c4.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# coroutines are not iterable
c5 = add(0, 0)
try:
    iter(c5)
except TypeError as e:
    print(type(e).__name__, e)
c5.close()

# nested awaits chain suspensions through all levels
async def level3():
    v = await Suspend("from level3")
    return v * 2
async def level2():
    return await level3() + 1
async def level1():
    return await level2() * 10
print(run(level1(), [5]))
