# The native _asyncio Future and Task: callbacks order, cancel messages, exceptions from
# tasks, subclassing from Python, repr, and the errors of misuse.
import asyncio
import contextvars

print(asyncio.Future.__module__, asyncio.Task.__module__, asyncio.Task.__mro__[1].__name__)

var = contextvars.ContextVar("var", default="unset")


def show(tag):
    def cb(fut):
        print("cb", tag, fut.done(), var.get())
    return cb


async def callbacks():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut._state, fut._callbacks)
    fut.add_done_callback(show(1))
    var.set("in-ctx")
    fut.add_done_callback(show(2))
    ctx = contextvars.Context()
    fut.add_done_callback(show(3), context=ctx)
    extra = show(4)
    fut.add_done_callback(extra)
    fut.add_done_callback(extra)
    print("removed", fut.remove_done_callback(extra))
    print(len(fut._callbacks))
    fut.set_result([1, 2])
    print(repr(fut), fut._state, fut._callbacks)
    await asyncio.sleep(0)
    fut.add_done_callback(show(5))
    await asyncio.sleep(0)
    for bad in (lambda: fut.set_result(3), lambda: fut.set_exception(ValueError())):
        try:
            bad()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError", e)
    print(fut.cancel(), fut.result(), await fut)


async def cancels():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.cancel("first"), fut.cancel("second"), fut.cancelled(), fut._cancel_message)
    for meth in (fut.result, fut.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print("CancelledError", e.args)
    pending = loop.create_future()
    for meth in (pending.result, pending.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError", e)

    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print("inner saw", e.args)
            raise

    t = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(0)
    print(t.cancel("why not"), t.cancelling(), t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer saw", e.args, t.cancelled(), t.uncancel(), t.uncancel(), t.uncancel())

    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"

    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    # Cancelled before it ever ran: the coroutine never starts.
    started = []

    async def never():
        started.append(1)

    t = asyncio.create_task(never())
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        print("early", e.args, started)


async def errors():
    loop = asyncio.get_running_loop()

    async def fails():
        await asyncio.sleep(0)
        raise KeyError("missing")

    t = asyncio.create_task(fails(), name="fails")
    try:
        await t
    except KeyError as e:
        print("KeyError", e, type(t.exception()).__name__)
    print(repr(t).split(" coro=")[0], "exception=" in repr(t))

    fut = loop.create_future()
    fut.set_exception(ValueError)
    print(type(fut.exception()).__name__, repr(fut))
    for bad in (StopIteration(), 42):
        f = loop.create_future()
        try:
            f.set_exception(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print("TypeError", e)

    for what in ("set_result", "set_exception"):
        try:
            getattr(t, what)(1)
        except RuntimeError as e:
            print("RuntimeError", e)

    async def bad_yield():
        await BadAwaitable()

    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print("RuntimeError", e)

    async def self_await():
        await me

    me = asyncio.create_task(self_await())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError", str(e).split(":")[0])

    f = loop.create_future()
    try:
        f._log_traceback = True
    except ValueError as e:
        print("ValueError", e)


class BadAwaitable:
    def __await__(self):
        yield 42


class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None):
        super().__init__(loop=loop)
        self.seen = []

    def add_done_callback(self, fn, *, context=None):
        self.seen.append("add")
        super().add_done_callback(fn, context=context)


class MyTask(asyncio.Task):
    steps = 0

    def cancel(self, msg=None):
        print("MyTask.cancel", msg)
        return super().cancel(msg)


async def subclasses():
    loop = asyncio.get_running_loop()
    fut = MyFuture(loop=loop)
    loop.call_soon(fut.set_result, "sub")
    print(await fut, fut.seen, isinstance(fut, asyncio.Future), repr(fut))

    async def child():
        await asyncio.sleep(0)
        return "child done"

    t = MyTask(child(), name="mine")
    print(type(t).__name__, t.get_name(), await t, repr(t).startswith("<MyTask finished name='mine'"))
    t = MyTask(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel("bye")
    print(await asyncio.gather(t, return_exceptions=True))


async def registry():
    t = asyncio.current_task()
    print(t.get_name().startswith("Task-"), t in asyncio.all_tasks(), t.get_coro().__name__)
    t.set_name(123)
    print(repr(t.get_name()), hasattr(t, "get_context"))


async def main():
    await callbacks()
    await cancels()
    await errors()
    await subclasses()
    await registry()
    print(asyncio.get_running_loop() is asyncio.get_event_loop())


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
print(asyncio._get_running_loop())
