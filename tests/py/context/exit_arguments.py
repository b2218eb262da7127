# Exception information passed to __exit__, and __exit__ signatures.

class Recorder:
    def __init__(self):
        self.calls = []
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        self.calls.append((
            exc_type.__name__ if exc_type else None,
            repr(exc_value),
            type(traceback).__name__,
        ))
        return True

r = Recorder()
with r:
    pass
with r:
    raise ValueError("v")
with r:
    raise KeyError
with r:
    raise StopIteration(5)
with r:
    1 / 0
with r:
    [].pop()
for call in r.calls:
    print(call)

# exc_value is the instance even when a class was raised
class Capture:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.et, self.ev = et, ev
        return True
with Capture() as c:
    raise IndexError
print(c.et is IndexError, type(c.ev).__name__, c.ev.args)

# exception chaining info available on the value
with Capture() as c:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
print(repr(c.ev), repr(c.ev.__context__))
with Capture() as c:
    raise ValueError("with cause") from OSError("root")
print(repr(c.ev.__cause__))

# __exit__ with *args signature
class Star:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("args count", len(args), [type(a).__name__ for a in args])
        return True
with Star():
    pass
with Star():
    raise RuntimeError

# __exit__ with wrong signature raises TypeError when called
class BadSignature:
    def __enter__(self):
        return self
    def __exit__(self):
        return True
try:
    with BadSignature():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __exit__ with defaults
class Defaults:
    def __enter__(self):
        return self
    def __exit__(self, et=None, ev=None, tb=None, extra="unused"):
        print("defaults ok", et, extra)
with Defaults():
    pass

# traceback passed to __exit__ points at the raising line
class Lines:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        depth = 0
        t = tb
        while t is not None:
            depth += 1
            last = t.tb_lineno
            t = t.tb_next
        print("traceback depth", depth, "last line", last)
        return True
def thrower():
    raise ValueError("deep")
with Lines():
    thrower()
with Lines():
    raise ValueError("shallow")

# the exception's __traceback__ is the same traceback
class SameTb:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("same traceback object:", ev.__traceback__ is tb)
        return True
with SameTb():
    raise LookupError

# __exit__ can inspect and wrap the exception
class Wrap:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and not issubclass(et, RuntimeError):
            raise RuntimeError("wrapped %s: %s" % (et.__name__, ev)) from ev
        return False
try:
    with Wrap():
        int("bad")
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__)

# exit receives exceptions raised by the `as` target assignment
class BadTarget:
    def __setitem__(self, k, v):
        raise KeyError("cannot assign " + repr(k))
class Logs:
    def __enter__(self):
        return "value"
    def __exit__(self, et, ev, tb):
        print("__exit__ saw", et.__name__ if et else None, ev)
        return True
bt = BadTarget()
with Logs() as bt["slot"]:
    print("never")
print("after failing target")

# __exit__ called with SystemExit info
class SeesSystemExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("saw", et.__name__, ev.code)
        return True
with SeesSystemExit():
    raise SystemExit(7)
print("SystemExit swallowed by __exit__")
