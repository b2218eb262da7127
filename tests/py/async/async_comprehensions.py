# Async comprehensions and await inside comprehensions.

class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

def drive(coro):
    susp = []
    while True:
        try:
            susp.append(coro.send(None))
        except StopIteration as e:
            return e.value, susp

async def agen(n):
    for i in range(n):
        await Pause("gen %d" % i)
        yield i

async def double(x):
    await Pause("double %d" % x)
    return x * 2

async def main():
    a = [x async for x in agen(3)]
    b = {x: x * x async for x in agen(3)}
    c = {x % 2 async for x in agen(4)}
    d = [await double(x) for x in range(3)]
    e = [x async for x in agen(6) if x % 2 == 0]
    f = [await double(x) async for x in agen(2)]
    g = [(x, y) async for x in agen(2) for y in "ab"]
    return a, b, sorted(c), d, e, f, g

result, susp = drive(main())
for r in result:
    print(r)
print(len(susp), susp[:5])

# async generator expression
async def use_genexp():
    ge = (x * 10 async for x in agen(3))
    print("  type:", type(ge).__name__)
    out = []
    async for v in ge:
        out.append(v)
    return out
print(drive(use_genexp())[0])

# generator expression with await becomes an async generator
async def await_in_genexp():
    ge = (await double(x) for x in range(3))
    print("  type:", type(ge).__name__)
    return [v async for v in ge]
print(drive(await_in_genexp())[0])

# nested async comprehensions
async def nested():
    return [[y async for y in agen(x)] async for x in agen(3)]
print(drive(nested())[0])

# async comprehension outside async function is a SyntaxError
for src in ("[x async for x in y]", "[await z for z in y]"):
    try:
        compile("def f():\n    return " + src + "\n", "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# exceptions inside async comprehensions
async def boom(x):
    await Pause("boom check")
    if x == 2:
        raise ValueError("boom at 2")
    return x
async def failing():
    try:
        return [await boom(x) for x in range(4)]
    except ValueError as e:
        return "caught " + str(e)
print(drive(failing())[0])

# comprehension variable does not leak
async def no_leak():
    x = "outer"
    _ = [x async for x in agen(2)]
    return x
print(drive(no_leak())[0])

# async comprehension with condition using await
async def is_even(x):
    await Pause("check")
    return x % 2 == 0
async def filtered():
    return [x async for x in agen(6) if await is_even(x)]
print(drive(filtered())[0])

# async set/dict comprehensions with await in the value expression
async def values():
    return {k: await double(k) async for k in agen(3)}, {await double(x) for x in range(3)}
d, st = drive(values())[0]
print(d, sorted(st))

# async comprehension result used directly in an expression
async def total():
    return sum([x async for x in agen(5)]) + len([1 async for _ in agen(2)])
print(drive(total())[0])

# ordering of suspensions for await in element vs in iterable
async def trace_order():
    return [await double(x) async for x in agen(2)]
print(drive(trace_order())[1])
