# Async methods, async special methods, decorators on coroutines, driven by hand.

class Tick:
    def __await__(self):
        yield "tick"

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.history = []

    async def deposit(self, amount):
        await Tick()
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    async def withdraw(self, amount):
        await Tick()
        if amount > self.balance:
            raise ValueError("insufficient funds: balance %d, requested %d" % (self.balance, amount))
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    @classmethod
    async def open(cls, initial):
        await Tick()
        return cls(initial)

    @staticmethod
    async def fee(amount):
        await Tick()
        return amount // 100

async def session():
    acct = await Account.open(100)
    await acct.deposit(50)
    await acct.withdraw(30)
    fee = await Account.fee(acct.balance)
    try:
        await acct.withdraw(1000)
    except ValueError as e:
        print("  error:", e)
    return acct.balance, fee, acct.history

print(run(session()))

# method types
print(type(Account.deposit).__name__, type(Account(0).deposit).__name__)
c = Account(0).deposit(1)
print(type(c).__name__, c.__qualname__)
c.close()

# decorator wrapping a coroutine function
def logged(fn):
    async def wrapper(*args):
        print("  calling", fn.__name__, args)
        result = await fn(*args)
        print("  returned", result)
        return result
    return wrapper

@logged
async def compute(x, y):
    await Tick()
    await Tick()
    return x * y
print(run(compute(6, 7)))

# decorator that retries a coroutine
def retry(times):
    def deco(fn):
        async def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args)
                except ConnectionError as e:
                    print("  attempt", attempt, "failed:", e)
            return "gave up"
        return wrapper
    return deco

attempts = {"n": 0}
@retry(3)
async def flaky():
    attempts["n"] += 1
    await Tick()
    if attempts["n"] < 3:
        raise ConnectionError("try again")
    return "connected on attempt %d" % attempts["n"]
print(run(flaky()))

# async special methods used via async with / async for on a class
class Stream:
    def __init__(self, data):
        self.data = list(data)
        self.opened = False
    async def __aenter__(self):
        await Tick()
        self.opened = True
        return self
    async def __aexit__(self, *exc):
        self.opened = False
        return False
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.data:
            raise StopAsyncIteration
        await Tick()
        return self.data.pop(0)

async def read_all():
    out = []
    async with Stream("xyz") as s:
        async for ch in s:
            out.append(ch.upper())
        state = s.opened
    return out, state, s.opened
print(run(read_all()))

# a synchronous __call__ returning a coroutine makes instances awaitable-callables
class Service:
    def __init__(self, name):
        self.name = name
    async def __call__(self, req):
        await Tick()
        return "%s handled %s" % (self.name, req)
async def use_service():
    svc = Service("api")
    return [await svc(r) for r in ("a", "b")]
print(run(use_service()))

# properties returning coroutines
class Lazy:
    @property
    async def value(self):
        await Tick()
        return 42
async def use_lazy():
    return await Lazy().value
print(run(use_lazy()))

# await in default arguments is not allowed; async lambda doesn't exist
for src in ("async def f(x=await g()):\n    pass\n", "f = async lambda: 1\n"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# await outside async function
try:
    compile("def f():\n    await g()\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# super() in async methods
class Base:
    async def describe(self):
        await Tick()
        return ["Base"]
class Child(Base):
    async def describe(self):
        parts = await super().describe()
        await Tick()
        return ["Child"] + parts
print(run(Child().describe()))

# async generator methods
class Feed:
    def __init__(self, items):
        self.items = items
    async def entries(self, prefix):
        for item in self.items:
            await Tick()
            yield prefix + item
async def read_feed():
    return [e async for e in Feed(["a", "b", "c"]).entries("#")]
print(run(read_feed()))
print(type(Feed([]).entries("")).__name__)

# recursion with coroutines
async def fact(n):
    if n <= 1:
        return 1
    await Tick()
    return n * await fact(n - 1)
print(run(fact(10)))
