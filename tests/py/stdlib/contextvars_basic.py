# contextvars: ContextVar get/set/reset, Token, Context mapping, run, copy_context
import contextvars as cv

v = cv.ContextVar("v")
w = cv.ContextVar("w", default=5)
print(v.name, w.name, w.get(), w.get(7), v.get(1), v.get(default=None) if False else "kw")
try:
    v.get()
except LookupError as e:
    print("LookupError:", type(e.args[0]).__name__, e.args[0].name)
tok = v.set(1)
print(v.get(), tok.var is v, tok.old_value is cv.Token.MISSING, repr(cv.Token.MISSING))
tok2 = v.set(2)
print(v.get(), tok2.old_value)
v.reset(tok2); print(v.get())
v.reset(tok)
print(v.get("gone"))
try:
    v.reset(tok)
except RuntimeError as e:
    print("RuntimeError:", str(e).endswith("has already been used once"))
t3 = w.set(50)
try:
    v.reset(t3)
except ValueError as e:
    print("ValueError:", str(e).endswith("was created by a different ContextVar"))
w.reset(t3)

ctx = cv.copy_context()
print(type(ctx).__name__, len(ctx), w in ctx, ctx.get(w, "d"), list(ctx) == list(ctx.keys()))
v.set("outer")
snap = cv.copy_context()
def inner(a, b=0):
    v.set("inner")
    w.set(a + b)
    return v.get(), w.get()
print(snap.run(inner, 1, b=2), v.get(), w.get(), snap[v], snap[w], len(snap))
print(sorted(x.name for x in snap), sorted(map(str, snap.values())), sorted((k.name, val) for k, val in snap.items()))
try:
    snap.run(lambda: snap.run(lambda: 1))
except RuntimeError as e:
    print("RuntimeError:", str(e).startswith("cannot enter context: <_contextvars.Context object at"))
tok_in = snap.run(lambda: v.set("x"))
try:
    v.reset(tok_in)
except ValueError as e:
    print("ValueError:", str(e).endswith("was created in a different Context"))
print(snap.run(v.reset, tok_in), snap[v])
empty = cv.Context()
print(len(empty), empty.run(lambda: v.get("no value")), empty.copy() == empty, cv.copy_context() == cv.copy_context())
for f in [lambda: cv.ContextVar(), lambda: cv.ContextVar(1), lambda: type("X", (cv.ContextVar,), {}),
          lambda: cv.Context()[1], lambda: cv.Context(1), lambda: cv.Token(), lambda: hash(cv.Context()),
          lambda: cv.ContextVar("a", foo=1)]:
    try:
        f()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
print(cv.ContextVar[int], cv.Token[str], hash(v) == hash(v), v == v, v != w)
print(repr(cv.ContextVar("r")).startswith("<ContextVar name='r' at 0x"), repr(cv.ContextVar("d", default=[1])).startswith("<ContextVar name='d' default=[1] at"))
print(repr(w.set(1)).startswith("<Token var=<ContextVar name='w' default=5 at"))
def gen():
    yield v.get()
    v.set("gen")
    yield v.get()
g = gen()
print(next(g), next(g), v.get())
