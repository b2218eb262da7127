# async with, driven without asyncio.

class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label

def run(coro):
    trace = []
    while True:
        try:
            trace.append(coro.send(None))
        except StopIteration as e:
            return e.value, trace

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("  aenter", self.name)
        await Step("opening " + self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("  aexit", self.name, et.__name__ if et else None, ev)
        await Step("closing " + self.name)
        return self.suppress

async def main():
    async with Resource("db") as handle:
        print("  using", handle)
        await Step("query")
    return "finished"

print(run(main()))

# exception in body is passed to __aexit__
async def failing_body():
    try:
        async with Resource("file"):
            raise ValueError("write failed")
    except ValueError as e:
        return "propagated: " + str(e)
print(run(failing_body()))

# suppression by returning True from __aexit__
async def suppressed():
    async with Resource("cache", suppress=True):
        raise KeyError("missing")
    return "continued after suppression"
print(run(suppressed()))

# multiple managers in one statement: entered left to right, exited right to left
async def multiple():
    async with Resource("a") as a, Resource("b") as b:
        print("  body with", a, b)
    return "ok"
print(run(multiple()))

# nesting async with and regular with
class Sync:
    def __enter__(self):
        print("  sync enter")
        return "sync"
    def __exit__(self, *a):
        print("  sync exit")
async def mixed():
    with Sync() as s:
        async with Resource("inner") as r:
            return s + "/" + r
print(run(mixed()))

# __aexit__ / __aenter__ that are plain functions returning awaitables
class Manual:
    def __aenter__(self):
        return Step("manual enter")
    def __aexit__(self, *a):
        return Step("manual exit")
async def manual():
    async with Manual() as v:
        return "entered value: " + repr(v)
print(run(manual()))

# errors: using a sync context manager with async with
async def wrong():
    async with Sync():
        pass
try:
    run(wrong())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# __aenter__ returning a non-awaitable
class BadEnter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass
async def wrong2():
    async with BadEnter():
        pass
try:
    run(wrong2())
except TypeError as e:
    print(type(e).__name__, e)

# return inside async with still runs __aexit__
async def early_return():
    async with Resource("early"):
        return "returned early"
    return "never"
print(run(early_return()))

# break/continue inside async with inside a loop
async def loop():
    out = []
    for i in range(3):
        async with Resource("r%d" % i):
            if i == 1:
                continue
            out.append(i)
    return out
print(run(loop())[0])

# exception raised in __aexit__ replaces body exception
class ExitRaises:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        raise RuntimeError("aexit failed")
async def replaced():
    try:
        async with ExitRaises():
            raise ValueError("body")
    except RuntimeError as e:
        return repr(e), repr(e.__context__)
print(run(replaced())[0])
