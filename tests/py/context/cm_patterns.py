# Common context manager patterns implemented by hand (no contextlib).

# 1. redirecting a global setting temporarily
settings = {"precision": 2, "verbose": False}
class override:
    def __init__(self, **changes):
        self.changes = changes
    def __enter__(self):
        self.saved = {k: settings[k] for k in self.changes}
        settings.update(self.changes)
        return settings
    def __exit__(self, *exc):
        settings.update(self.saved)
        return False

print(settings)
with override(precision=5) as s:
    print(s)
    with override(verbose=True, precision=9):
        print(settings)
    print(settings)
print(settings)
try:
    with override(precision=0):
        raise ValueError("restored anyway?")
except ValueError:
    pass
print(settings)

# 2. a generator-based context manager helper written by hand
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorCM(fn(*args, **kwargs))
    return helper

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name
    finally:
        print("</%s>" % name)

with tag("html"):
    with tag("body") as t:
        print("content in", t)

@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print("ignored", type(e).__name__)

with ignoring(KeyError):
    {}["x"]
print("after ignoring")
try:
    with ignoring(KeyError):
        raise ValueError("not ignored")
except ValueError as e:
    print("propagated", e)

try:
    with tag("div"):
        raise TypeError("inside div")
except TypeError as e:
    print("tag propagated", e)

# 3. a transaction with rollback
class Account:
    def __init__(self, balance):
        self.balance = balance
class transaction:
    def __init__(self, *accounts):
        self.accounts = accounts
    def __enter__(self):
        self.snapshot = [a.balance for a in self.accounts]
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            for a, b in zip(self.accounts, self.snapshot):
                a.balance = b
            print("rolled back because", ev)
        return False
a, b = Account(100), Account(50)
def transfer(src, dst, amount):
    with transaction(src, dst):
        src.balance -= amount
        if src.balance < 0:
            raise ValueError("insufficient funds")
        dst.balance += amount
transfer(a, b, 30)
print(a.balance, b.balance)
try:
    transfer(a, b, 500)
except ValueError:
    pass
print(a.balance, b.balance)

# 4. ExitStack-like manager for a dynamic number of resources
class Stack:
    def __init__(self):
        self.exits = []
    def __enter__(self):
        return self
    def enter(self, cm):
        value = cm.__enter__()
        self.exits.append(cm.__exit__)
        return value
    def __exit__(self, et, ev, tb):
        suppressed = False
        while self.exits:
            ex = self.exits.pop()
            if ex(et, ev, tb) if not suppressed else ex(None, None, None):
                suppressed = True
        return suppressed
with Stack() as stack:
    names = [stack.enter(tag("t%d" % i)) for i in range(3)]
    print("entered", names)

# 5. indentation printer
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *a):
        self.level -= 1
    def say(self, text):
        print("    " * self.level + text)
ind = Indenter()
with ind:
    ind.say("level one")
    with ind:
        ind.say("level two")
        with ind:
            ind.say("level three")
    ind.say("back to one")
ind.say("level zero")
