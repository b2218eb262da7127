# __enter__ / __exit__ as dunders: lookup rules and return values.

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("  enter", self.name)
        return "value-of-" + self.name
    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body got", v)

with CM("b"):
    print("no as-target")

try:
    with CM("c"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

with CM("d", suppress=True):
    raise KeyError("swallowed")
print("after suppressed")

# __enter__ result need not be self
class ReturnsSelf:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
rs = ReturnsSelf()
with rs as same:
    print(same is rs)

# lookup happens on the type: instance attributes are ignored
class Empty:
    pass
e = Empty()
e.__enter__ = lambda: None
e.__exit__ = lambda *a: None
try:
    with e:
        pass
except TypeError as err:
    print(type(err).__name__, err)

# missing __exit__ / __enter__
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as err:
    print(type(err).__name__, err)
class OnlyExit:
    def __exit__(self, *a):
        pass
try:
    with OnlyExit():
        pass
except TypeError as err:
    print(type(err).__name__, err)

# __exit__ truthiness: any truthy value suppresses
for ret in (1, "yes", [0], 0, "", None, []):
    class R:
        def __enter__(self):
            return self
        def __exit__(self, *a, _r=ret):
            return _r
    try:
        with R():
            raise RuntimeError("x")
        print(repr(ret), "-> suppressed")
    except RuntimeError:
        print(repr(ret), "-> propagated")

# exception raised in __enter__: __exit__ not called
class FailEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("  never")
try:
    with FailEnter():
        print("never")
except OSError as err:
    print(type(err).__name__, err)

# exception raised in __exit__ replaces the original, with context
class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")
try:
    with FailExit():
        raise ValueError("original")
except RuntimeError as err:
    print(type(err).__name__, err, "| context:", type(err.__context__).__name__, err.__context__)

# __exit__ is called with (None, None, None) on normal exit
class Args:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("  exit args", args)
with Args():
    pass

# __exit__ exc value is the instance; type matches
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("  type is class of value:", et is type(ev), isinstance(ev, et), ev.args)
        return True
with Inspect():
    raise IndexError("i", 2)

# __enter__ and __exit__ through inheritance and class attributes
class Base:
    def __enter__(self):
        print("  Base enter")
        return self
    def __exit__(self, *a):
        print("  Base exit")
class Child(Base):
    def __exit__(self, *a):
        print("  Child exit")
        return super().__exit__(*a)
with Child():
    print("in child body")

# __exit__ as staticmethod or other callable
class StaticExit:
    def __enter__(self):
        return 1
    @staticmethod
    def __exit__(*args):
        print("  static exit got", len(args), "args")
with StaticExit() as one:
    print(one)

# sequence of enter/exit with two managers and an exception in the second enter
class Named:
    def __init__(self, n, fail=False):
        self.n, self.fail = n, fail
    def __enter__(self):
        if self.fail:
            raise LookupError("enter %s failed" % self.n)
        print("  enter", self.n)
    def __exit__(self, *a):
        print("  exit", self.n, a[0].__name__ if a[0] else None)
try:
    with Named("first"), Named("second", fail=True):
        print("never")
except LookupError as err:
    print(type(err).__name__, err)
