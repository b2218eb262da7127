# __await__ returning iterators, and the awaitable protocol in detail.

def drive(coro):
    susp = []
    while True:
        try:
            susp.append(coro.send(None))
        except StopIteration as e:
            return e.value, susp

# __await__ returning a generator
class GenAwaitable:
    def __await__(self):
        x = yield "suspend 1"
        y = yield "suspend 2"
        return ("result", x, y)

async def use_gen():
    return await GenAwaitable()
print(drive(use_gen()))

# __await__ returning a plain iterator (not a generator)
class IterAwaitable:
    def __init__(self, items):
        self.items = items
    def __await__(self):
        return iter(self.items)

async def use_iter():
    r = await IterAwaitable(["a", "b", "c"])
    return r
print(drive(use_iter()))

# iterator class whose StopIteration carries the result
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return "t-%d" % (self.n + 1)
class CountdownAwaitable:
    def __await__(self):
        return Countdown(3)
async def use_countdown():
    return await CountdownAwaitable()
print(drive(use_countdown()))

# __await__ returning a non-iterator is a TypeError
class BadAwait:
    def __await__(self):
        return [1, 2]
async def use_bad():
    await BadAwait()
try:
    drive(use_bad())
except TypeError as e:
    print(type(e).__name__, e)

# __await__ returning a coroutine is rejected
async def some_coro():
    return 1
class ReturnsCoro:
    def __await__(self):
        return some_coro()
async def use_returns_coro():
    await ReturnsCoro()
c = use_returns_coro()
try:
    drive(c)
except TypeError as e:
    print(type(e).__name__, e)

# objects without __await__
class NotAwaitable:
    pass
async def use_not():
    await NotAwaitable()
try:
    drive(use_not())
except TypeError as e:
    print(type(e).__name__, e)

# a coroutine's __await__ gives a coroutine_wrapper iterator
async def simple():
    return "simple result"
co = simple()
w = co.__await__()
print(iter(w) is w, hasattr(w, 'send'), hasattr(w, 'throw'))
try:
    next(w)
except StopIteration as e:
    print("wrapper result:", e.value)

# values sent by the driver reach the innermost yield
class Ask:
    def __init__(self, q):
        self.q = q
    def __await__(self):
        answer = yield self.q
        return answer
async def conversation():
    a = await Ask("first?")
    b = await Ask("second?")
    return a + b
co = conversation()
print(co.send(None))
print(co.send(10))
try:
    co.send(32)
except StopIteration as e:
    print("answer:", e.value)

# throw into a coroutine suspended inside a custom awaitable
class Catching:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError as e:
            return "awaitable caught " + repr(e)
async def thrower():
    return await Catching()
co = thrower()
print(co.send(None))
try:
    co.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

# close() of a coroutine suspended in an awaitable runs finally
class WithFinally:
    def __await__(self):
        try:
            yield "suspended"
        finally:
            print("  awaitable finally")
async def closer():
    try:
        await WithFinally()
    finally:
        print("  coroutine finally")
co = closer()
co.send(None)
co.close()
print("closed")

# awaitable defined via __await__ = generator function attribute on class
def _await_impl(self):
    yield "from impl"
    return self.value
class Attached:
    __await__ = _await_impl
    def __init__(self, value):
        self.value = value
async def use_attached():
    return await Attached(99)
print(drive(use_attached()))

# awaiting the same custom awaitable object twice calls __await__ twice
class Reusable:
    def __init__(self):
        self.calls = 0
    def __await__(self):
        self.calls += 1
        yield "reusable %d" % self.calls
        return self.calls
async def twice():
    r = Reusable()
    a = await r
    b = await r
    return a, b
print(drive(twice()))

# the await expression result is the StopIteration value, even for nested delegation
class Inner:
    def __await__(self):
        yield "inner"
        return "inner value"
class Outer:
    def __await__(self):
        v = yield from Inner().__await__()
        return "outer saw " + v
async def nested():
    return await Outer()
print(drive(nested()))

# awaiting inside try/finally, finally runs after the awaitable completes
async def ordered():
    log = []
    try:
        log.append(await Inner())
    finally:
        log.append("finally")
    return log
print(drive(ordered()))
