# exceptions and context managers
import sys
class MyErr(Exception):
    def __init__(self, code, msg="m"):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"MyErr[{self.code}]"
try:
    raise MyErr(5)
except MyErr as e:
    print(e, repr(e), e.args, e.code)
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    f()
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        raise KeyError("k")
    finally:
        print("cleanup")
except KeyError as e:
    print("caught", e, str(e), repr(e))
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a, CM("b", True) as b:
    raise RuntimeError("boom")
print("after")
from contextlib import contextmanager, suppress, ExitStack
@contextmanager
def tag(n):
    print(f"<{n}>")
    try:
        yield n.upper()
    finally:
        print(f"</{n}>")
with tag("p") as t:
    print(t)
with suppress(IndexError):
    [][1]
with ExitStack() as st:
    for i in range(3):
        st.enter_context(tag(str(i)))
    st.callback(print, "callback")
print(sys.exc_info())
try:
    raise TypeError("x")
except TypeError:
    print(sys.exc_info()[0].__name__)
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "ret"
        finally:
            print("fin", i)
print(g())
e = ValueError("a")
e.add_note("note1")
print(e.__notes__)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("vals", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
print(issubclass(KeyError, LookupError), KeyError.__mro__)
try:
    {}["missing"]
except LookupError as e:
    print(repr(e))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e.name, e)
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
try:
    assert 1 == 2, "msg here"
except AssertionError as e:
    print("assert", e)
print(StopIteration().value, SystemExit(3).code, OSError(2, "nf").errno)
