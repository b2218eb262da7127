# Async generators: __anext__, asend, driven without asyncio.

class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

def drive(awaitable):
    """Run an awaitable to completion; return (result, suspensions) or raise."""
    coro = awaitable.__await__() if not hasattr(awaitable, "send") else awaitable
    susp = []
    while True:
        try:
            susp.append(coro.send(None))
        except StopIteration as e:
            return e.value, susp

async def ticker(n):
    for i in range(n):
        await Pause("pause %d" % i)
        yield i * 10
    print("  ticker exhausted")

agen = ticker(2)
print(type(agen).__name__, agen.__name__, agen.__qualname__)
print(drive(agen.__anext__()))
print(drive(agen.__anext__()))
try:
    drive(agen.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
try:
    drive(agen.__anext__())
except StopAsyncIteration:
    print("still StopAsyncIteration")

# consuming with async for inside a coroutine
async def consume():
    return [v async for v in ticker(3)]
print(drive(consume()))

# asend passes values into the async generator
async def echo():
    received = None
    while True:
        received = yield "echo: %r" % (received,)
        if received == "stop":
            return

e = echo()
print(drive(e.asend(None)))
print(drive(e.asend("hello")))
print(drive(e.asend(42)))
try:
    drive(e.asend("stop"))
except StopAsyncIteration:
    print("generator stopped via asend")

# asend non-None to a just-started async generator
e2 = echo()
try:
    drive(e2.asend("too early"))
except TypeError as err:
    print(type(err).__name__, err)

# async generator with awaits between yields and a running total
async def running_total():
    total = 0
    while True:
        value = yield total
        await Pause("adding %r" % value)
        total += value

rt = running_total()
print(drive(rt.asend(None)))
for v in (5, 10, 20):
    print(drive(rt.asend(v)))

# async generator cannot return a value
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as err:
    print("SyntaxError:", err.msg)

# yield from is not allowed in async generators
try:
    compile("async def f():\n    yield from [1]\n", "<s>", "exec")
except SyntaxError as err:
    print("SyntaxError:", err.msg)

# aiter()/anext() builtins (3.10+)
async def use_builtins():
    it = aiter(ticker(2))
    first = await anext(it)
    second = await anext(it)
    third = await anext(it, "default")
    return first, second, third
print(drive(use_builtins()))

# async generator object attributes
ag = ticker(1)
print(ag.ag_running, ag.ag_code.co_name, ag.ag_frame is not None)

# __aiter__ returns self
print(ag.__aiter__() is ag)

# exception inside async generator propagates to the consumer
async def broken():
    yield 1
    raise ValueError("broken generator")
async def consume_broken():
    got = []
    try:
        async for v in broken():
            got.append(v)
    except ValueError as err:
        return got, str(err)
print(drive(consume_broken()))
