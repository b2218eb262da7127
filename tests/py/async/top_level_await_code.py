# Code compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT: when it awaits, eval/exec make a coroutine
# (running nothing yet) that asyncio then runs; when it does not, it runs at once as usual.
import ast
import asyncio
import inspect

TLA = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
log = []


async def five():
    log.append("five ran")
    await asyncio.sleep(0)
    return 5


ns = {"five": five, "log": log, "asyncio": asyncio}
code = compile("x = await five()\nlog.append(f'x is {x}')\nx * 2", "<tla>", "exec", flags=TLA)
print("CO_COROUTINE set:", bool(code.co_flags & inspect.CO_COROUTINE))
coro = eval(code, ns)
print(type(coro).__name__, coro.__name__, coro.__qualname__, "log before run:", log)
print("run gives", asyncio.run(coro), "and", log, "x =", ns["x"])

log.clear()
coro = eval(compile("await five()", "<tla>", "eval", flags=TLA), ns)
print("eval mode:", inspect.iscoroutine(coro), asyncio.run(coro), log)

coro = eval(compile("[await five() for _ in range(3)]", "<tla>", "eval", flags=TLA), ns)
print("comprehension:", asyncio.run(coro))

# exec() returns None whatever the code is; the coroutine it made is dropped unawaited.
code = compile("async def f(): pass\nlog.append('plain code ran')", "<p>", "exec", flags=TLA)
print("no await: CO_COROUTINE", bool(code.co_flags & inspect.CO_COROUTINE), eval(code, ns), log[-1])

# An exception inside awaited top-level code comes out of the coroutine.
coro = eval(compile("await five()\n1 / 0", "<tla>", "exec", flags=TLA), ns)
try:
    asyncio.run(coro)
except ZeroDivisionError as e:
    print("raised:", type(e).__name__, e)

# Closing an unstarted coroutine runs nothing.
log.clear()
coro = eval(compile("await five()", "<tla>", "exec", flags=TLA), ns)
coro.close()
print("closed before start:", log)

# Without the flag, top-level await is a SyntaxError.
try:
    compile("await five()", "<tla>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
