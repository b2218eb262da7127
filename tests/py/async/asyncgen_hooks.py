# sys.set_asyncgen_hooks: firstiter runs on an async generator's first iteration step,
# the finalizer (as of that step) when it is collected unfinished (how asyncio closes them).
import sys

log = []


def firstiter(agen):
    log.append(("firstiter", agen.__name__))


def finalizer(agen):
    log.append(("finalizer", agen.__name__))
    # Close it the way an event loop would: drive aclose() to completion.
    try:
        agen.aclose().send(None)
    except StopIteration:
        pass


def run(coro):
    """Drive a coroutine that never really suspends."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append(("finally", n))


async def take(agen, k):
    out = []
    for _ in range(k):
        out.append(await agen.__anext__())
    return out


sys.set_asyncgen_hooks(firstiter, finalizer)
g = numbers(5)
print(log)
print(run(take(g, 2)))
print(log)
print(run(take(g, 1)), log)
del g
print(log)
log.clear()

g = numbers(2)
print(run(take(g, 2)))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("exhausted")
del g
print(log)
log.clear()


async def collect():
    return [x async for x in numbers(3)]


print(run(collect()), log)
log.clear()

g = numbers(3)
sys.set_asyncgen_hooks(None, None)
print(run(take(g, 1)), log)
del g
print(log)
log.clear()

g = numbers(4)
run(take(g, 1))
sys.set_asyncgen_hooks(firstiter, finalizer)
run(take(g, 1))
del g
print("hooks set after the first step:", log)
log.clear()

g = numbers(4)
run(g.aclose())
print("aclose first:", log)
del g
g = numbers(4)
try:
    run(g.athrow(ValueError("x")))
except ValueError:
    print("athrow first:", log)
del g
log.clear()


def bad_firstiter(agen):
    raise RuntimeError("firstiter failed")


sys.set_asyncgen_hooks(firstiter=bad_firstiter)
g = numbers(1)
try:
    run(take(g, 1))
except RuntimeError as e:
    print("RuntimeError", e)
print(run(take(g, 1)), log)
sys.set_asyncgen_hooks(None, None)
