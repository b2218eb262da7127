# Suppressing exceptions by returning a true value from __exit__.

class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            print("  suppressed", et.__name__, ev)
            return True
        return False

with Suppress(KeyError) as s:
    {}["missing"]
    print("never")
print("continued; caught =", repr(s.caught))

with Suppress(ValueError, TypeError):
    int("x")
with Suppress(ValueError, TypeError):
    1 + "a"
with Suppress(LookupError):
    [][0]

try:
    with Suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("propagated", repr(e))

# code after the exception inside the block doesn't run, code after with does
log = []
with Suppress(ZeroDivisionError):
    log.append("before")
    1 / 0
    log.append("after (never)")
log.append("after with")
print(log)

# suppressing in a loop
results = []
for v in ["1", "x", "3", None, "5"]:
    with Suppress(ValueError, TypeError):
        results.append(int(v))
print(results)

# suppressing return value: truthiness matters
class Returns:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return self.value
for value in (True, 1, "yes", False, 0, None, "", [1]):
    try:
        with Returns(value):
            raise RuntimeError
        print(repr(value), "suppressed")
    except RuntimeError:
        print(repr(value), "propagated")

# suppressing BaseException subclasses
with Suppress(SystemExit):
    raise SystemExit(3)
print("SystemExit suppressed")
with Suppress(GeneratorExit):
    raise GeneratorExit
print("GeneratorExit suppressed")

# suppression inside a function with return after with
def f():
    with Suppress(KeyError):
        raise KeyError
    return "function continued"
print(f())

# suppressed exception does not become context of later exceptions
try:
    with Suppress(KeyError):
        raise KeyError("hidden")
    raise ValueError("later")
except ValueError as e:
    print(repr(e), "context:", e.__context__)

# nested: inner doesn't suppress, outer does
with Suppress(OSError) as outer:
    with Suppress(KeyError) as inner:
        raise FileNotFoundError("nested")
print(inner.caught, repr(outer.caught))

# sys.exc_info after suppression is clear
import sys
with Suppress(Exception):
    raise Exception("x")
print(sys.exc_info())

# ignore-all manager and exception groups
with Suppress(ExceptionGroup):
    raise ExceptionGroup("eg", [ValueError(1)])
print("group suppressed")

# suppressing in generators
def gen():
    for i in range(4):
        with Suppress(ZeroDivisionError):
            yield 10 // (i - 2)
print(list(gen()))
