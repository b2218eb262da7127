# async for with hand-written async iterators, driven without asyncio.

class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label

def run(coro):
    suspensions = []
    while True:
        try:
            suspensions.append(coro.send(None))
        except StopIteration as e:
            return e.value, suspensions

class AsyncCounter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("  __aiter__")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            print("  __anext__ raising StopAsyncIteration")
            raise StopAsyncIteration
        await Tick("tick %d" % self.i)
        self.i += 1
        return self.i

async def main():
    out = []
    async for v in AsyncCounter(3):
        print("  body got", v)
        out.append(v)
    return out

result, susp = run(main())
print(result)
print(susp)

# async for with else and break
async def with_else(limit):
    async for v in AsyncCounter(5):
        if v == limit:
            print("  breaking at", v)
            break
    else:
        print("  else clause ran")
    return "done"
print(run(with_else(2))[0])
print(run(with_else(99))[0])

# __anext__ returning a plain awaitable object (not a coroutine)
class Immediate:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self.value
        yield

class ListAiter:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return Immediate(self.items.pop(0))

async def collect(ait):
    return [x async for x in ait]
print(run(collect(ListAiter("abc"))))

# errors: async for over a regular iterable
async def wrong():
    async for x in [1, 2]:
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)

# __aiter__ returning object without __anext__
class BadAiter:
    def __aiter__(self):
        return 5
async def wrong2():
    async for x in BadAiter():
        pass
try:
    run(wrong2())
except TypeError as e:
    print(type(e).__name__, e)

# __anext__ returning a non-awaitable
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def wrong3():
    async for x in BadAnext():
        pass
try:
    run(wrong3())
except TypeError as e:
    print(type(e).__name__, e)

# exception raised inside __anext__ propagates
class Exploding:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("exploded at 3")
        return self.n
async def explode():
    seen = []
    try:
        async for v in Exploding():
            seen.append(v)
    except ValueError as e:
        return seen, str(e)
print(run(explode())[0])

# nested async for loops
async def nested():
    pairs = []
    async for a in AsyncCounter(2):
        async for b in ListAiter("xy"):
            pairs.append((a, b))
    return pairs
print(run(nested())[0])

# continue in async for
async def skip_even():
    out = []
    async for v in ListAiter(range(6)):
        if v % 2 == 0:
            continue
        out.append(v)
    return out
print(run(skip_even())[0])
