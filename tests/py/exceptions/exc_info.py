# sys.exc_info() and sys.exception() in various places.
import sys

def show(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else None, repr(v), tb is not None)

show("top level:")
try:
    raise ValueError("v1")
except ValueError:
    show("in handler:")
    try:
        raise KeyError("k1")
    except KeyError:
        show("nested handler:")
    show("back in outer handler:")
show("after handler:")

# in a function called from a handler
def inner():
    show("called from handler:")
try:
    raise TypeError("t")
except TypeError:
    inner()

# in finally with and without exception
try:
    pass
finally:
    show("finally no exc:")
try:
    try:
        raise IndexError("i")
    finally:
        show("finally with exc:")
except IndexError:
    pass

# sys.exception() (3.11)
print(sys.exception())
try:
    raise OSError("os")
except OSError:
    print(repr(sys.exception()))
print(sys.exception())

# exc_info is restored after a handled exception in a called function
def handles_internally():
    try:
        raise RuntimeError("internal")
    except RuntimeError:
        show("  internal handler:")
    show("  after internal:")
try:
    raise LookupError("outer")
except LookupError:
    handles_internally()
    show("caller after call:")

# exc_info in else block (no exception)
try:
    pass
except Exception:
    pass
else:
    show("else block:")

# exc_info inside with-statement __exit__
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        show("__exit__ sees:")
        return True
with CM():
    raise ZeroDivisionError("zd")
with CM():
    pass

# exc_info in a generator resumed from a handler
def gen():
    show("gen first:")
    yield
    show("gen second:")
    yield
g = gen()
next(g)
try:
    raise AttributeError("a")
except AttributeError:
    next(g)

# exc_info after except with return from function
def returns_in_handler():
    try:
        raise ValueError("r")
    except ValueError:
        return sys.exc_info()[0].__name__
print(returns_in_handler())
show("after function returned from handler:")

# exc_info is the same exception object
try:
    raise KeyError("same")
except KeyError as e:
    print(sys.exc_info()[1] is e, sys.exc_info()[0] is KeyError, sys.exception() is e)
