# contextlib: contextmanager, closing, suppress, ExitStack, redirect_stdout, nullcontext, ContextDecorator, chdir-free
import contextlib, io, sys
from contextlib import contextmanager, closing, suppress, ExitStack, redirect_stdout, redirect_stderr, nullcontext, ContextDecorator

log = []
@contextmanager
def tag(name):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"caught {e}")
    finally:
        log.append(f"</{name}>")
with tag("a") as v:
    log.append(v)
with tag("b"):
    raise KeyError("k")
print(log)
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("ValueError:", e, log[-1])

@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("close", self.n)
with closing(Res(1)) as r:
    print("using", r.n)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("not reached")
print("after suppress")
with suppress():
    pass

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    r = stack.enter_context(tag("stacked"))
    print("inside", r)
print(log[-2:])
with ExitStack() as stack:
    stack.push(lambda *exc: print("exit hook", exc[0].__name__ if exc[0] else None) or True)
    raise IndexError
print("ExitStack suppressed")
with ExitStack() as outer:
    outer.callback(print, "moved")
    later = outer.pop_all()
print("before close")
later.close()

buf = io.StringIO()
with redirect_stdout(buf):
    print("to buffer")
    print("line 2")
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("oops\n")
print(repr(err.getvalue()))
with nullcontext(42) as n:
    print("null", n)
with nullcontext() as n:
    print("null", n)

class track(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
@track()
def work(x):
    print("work", x)
    return x * 2
print(work(21))

@contextmanager
def cm_deco():
    print("cm enter")
    yield
    print("cm exit")
@cm_deco()
def f():
    print("in f")
f(); f()

class AbstractCM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
with AbstractCM() as a:
    print(type(a).__name__, isinstance(a, contextlib.AbstractContextManager))
print(isinstance(open.__class__, type), issubclass(type(nullcontext()), contextlib.AbstractContextManager))

@contextmanager
def gen_exc():
    try:
        yield
    except Exception as e:
        print("gen saw", type(e).__name__)
        raise
try:
    with gen_exc():
        raise StopIteration("si")
except Exception as e:
    print("outer saw", type(e).__name__)
with ExitStack() as s:
    s.enter_context(suppress(TypeError))
    s.callback(print, "cb runs first")
    raise TypeError
print("done")
