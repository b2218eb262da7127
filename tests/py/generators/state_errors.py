# Generator state errors and introspection.

# generator already executing: calling next() on itself
def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(next(me, "finished after error"))

# send() during execution
def sender():
    yield g_send.send(None)
g_send = sender()
try:
    next(g_send)
except ValueError as e:
    print(type(e).__name__, e)

# close() during execution
def closer():
    g_close.close()
    yield
g_close = closer()
try:
    next(g_close)
except ValueError as e:
    print(type(e).__name__, e)

# throw() during execution
def thrower():
    g_throw.throw(KeyError)
    yield
g_throw = thrower()
try:
    next(g_throw)
except ValueError as e:
    print(type(e).__name__, e)

# just-started generator and send
def simple():
    x = yield 1
    yield x
s = simple()
try:
    s.send("early")
except TypeError as e:
    print(type(e).__name__, e)
print(s.send(None), s.send("now ok"))

# gi_running, gi_frame, gi_code, gi_yieldfrom
def observe():
    print("  inside: gi_running =", obs.gi_running)
    yield 1
    yield 2
obs = observe()
print("before start: running", obs.gi_running, "frame is None:", obs.gi_frame is None)
next(obs)
print("suspended: running", obs.gi_running, "frame is None:", obs.gi_frame is None)
print("code name:", obs.gi_code.co_name)
list(obs)
print("finished: frame is None:", obs.gi_frame is None)

def delegating():
    yield from inner_gen
inner_gen = (i for i in range(3))
dg = delegating()
print(dg.gi_yieldfrom)
next(dg)
print(dg.gi_yieldfrom is inner_gen)
list(dg)
print(dg.gi_yieldfrom)

# generator after exception is closed
def failing():
    yield 1
    raise ValueError("fail")
f = failing()
next(f)
try:
    next(f)
except ValueError:
    pass
print(f.gi_frame is None, next(f, "exhausted"))

# resuming an exhausted generator repeatedly
e = (i for i in [])
for _ in range(3):
    try:
        next(e)
    except StopIteration:
        print("StopIteration again")

# generators cannot be copied or pickled - we only check they lack __len__ and indexing
g = (i for i in range(3))
for label, fn in (("len", lambda: len(g)), ("index", lambda: g[0]), ("reversed", lambda: reversed(g))):
    try:
        fn()
    except TypeError as err:
        print(label, "|", err)

# generator objects are not callable and have no send on genexp? (they do)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), callable(g))

# a generator function vs generator object
def gf():
    yield
print(type(gf).__name__, type(gf()).__name__)
