# Async generators: athrow and aclose, finally blocks, driven without asyncio.

class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

def drive(aw):
    susp = []
    while True:
        try:
            susp.append(aw.send(None))
        except StopIteration as e:
            return e.value, susp

async def resilient():
    n = 0
    try:
        while True:
            try:
                yield n
                n += 1
            except ValueError as e:
                print("  caught ValueError:", e)
                await Pause("recovering")
                n += 100
    finally:
        print("  resilient finally")
        await Pause("cleanup await")

g = resilient()
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("oops"))))
print(drive(g.__anext__()))

# athrow with an unhandled exception propagates and finishes the generator
try:
    drive(g.athrow(KeyError("unhandled")))
except KeyError as e:
    print("propagated", repr(e))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("generator finished")

# aclose runs finally blocks (which may await)
g2 = resilient()
drive(g2.__anext__())
print(drive(g2.aclose()))
try:
    drive(g2.__anext__())
except StopAsyncIteration:
    print("closed generator raises StopAsyncIteration")

# aclose on a never-started async generator does nothing
g3 = resilient()
print(drive(g3.aclose()))

# yielding a value in response to GeneratorExit is an error
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g4 = stubborn()
drive(g4.__anext__())
try:
    drive(g4.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)

# raising another exception from aclose handling propagates it
async def converts():
    try:
        yield 1
    except GeneratorExit:
        raise OSError("during close")
g5 = converts()
drive(g5.__anext__())
try:
    drive(g5.aclose())
except OSError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# athrow into a just-started generator raises immediately
async def simple():
    print("  never started")
    yield 1
g6 = simple()
try:
    drive(g6.athrow(IndexError("early")))
except IndexError as e:
    print("early athrow:", repr(e))

# athrow where the generator handles and then returns
async def handles_and_ends():
    try:
        yield "first"
    except LookupError:
        print("  handled LookupError, ending")
g7 = handles_and_ends()
drive(g7.__anext__())
try:
    drive(g7.athrow(LookupError))
except StopAsyncIteration:
    print("athrow -> StopAsyncIteration")

# break from async for leaves the generator suspended (no automatic aclose without a loop)
events = []
async def tracked():
    try:
        for i in range(5):
            yield i
    finally:
        events.append("tracked finally")
async def breaker():
    agen = tracked()
    async for v in agen:
        if v == 1:
            break
    events.append("after break")
    await agen.aclose()
    events.append("after aclose")
    return "ok"
print(drive(breaker()), events)

# an awaitable object returned by aclose/athrow can be awaited only once
g8 = resilient()
drive(g8.__anext__())
closer = g8.aclose()
drive(closer)
try:
    drive(closer)
except RuntimeError as e:
    print(type(e).__name__, e)
