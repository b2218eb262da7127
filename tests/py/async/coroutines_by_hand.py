# async without asyncio: drive coroutines by hand
import types
@types.coroutine
def sleep0():
    yield "tick"
async def worker(name, n):
    out = []
    for i in range(n):
        await sleep0()
        out.append(f"{name}{i}")
    return out
async def main():
    a = await worker("a", 2)
    async with ACM() as v:
        a.append(v)
    async for x in AIter(3):
        a.append(x)
    a.extend([y async for y in agen(2)])
    return a
class ACM:
    async def __aenter__(self):
        await sleep0()
        return "in"
    async def __aexit__(self, *a):
        return False
class AIter:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def agen(n):
    for i in range(n):
        await sleep0()
        yield i * 10
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
print(run(main()))
c = worker("z", 1)
print(type(c).__name__, c.cr_running, c.__qualname__)
c.close()
async def thrower():
    try:
        await sleep0()
    except ValueError as e:
        return "caught " + str(e)
t = thrower(); t.send(None)
try:
    t.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)
ag = agen(3)
print(type(ag).__name__, ag.__aiter__() is ag)
async def use_anext():
    g = agen(1)
    return [await anext(g), await anext(g, "default")]
print(run(use_anext()))
