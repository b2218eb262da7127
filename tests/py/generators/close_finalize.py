# generator.close(), GeneratorExit, and finally blocks.

def worker():
    print("  worker start")
    try:
        while True:
            yield "working"
    except GeneratorExit:
        print("  worker got GeneratorExit")
        raise
    finally:
        print("  worker finally")

w = worker()
print(next(w))
print(next(w))
print(w.close())
print(next(w, "closed generator is exhausted"))
w.close()
print("second close is a no-op")

# close on a never-started generator does not run any code
def never_started():
    print("  never printed")
    try:
        yield
    finally:
        print("  never printed either")
ns = never_started()
ns.close()
print("closed unstarted generator", next(ns, "exhausted"))

# close on finished generator
def short():
    yield 1
sh = short()
list(sh)
sh.close()
print("closed finished generator")

# swallowing GeneratorExit and returning is fine
def swallower():
    try:
        yield 1
    except GeneratorExit:
        print("  swallowed GeneratorExit")
    return "ignored"
sw = swallower()
next(sw)
print(sw.close())

# yielding after GeneratorExit is a RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse to die"
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# raising a different exception from close propagates it
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("close turned into ValueError")
ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

# finally with return value during close
def finally_gen():
    try:
        yield "a"
        yield "b"
    finally:
        print("  finally in finally_gen")
fg = finally_gen()
print(next(fg))
fg.close()

# nested try/finally blocks all run on close, innermost first
def nested():
    try:
        try:
            try:
                yield
            finally:
                print("  inner finally")
        finally:
            print("  middle finally")
    finally:
        print("  outer finally")
n = nested()
next(n)
n.close()

# breaking out of a for loop does not close the generator immediately when still referenced
def tracked(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("finalized")
log = []
t = tracked(log)
for v in t:
    if v == 2:
        break
print("after break:", log, "next value:", next(t))
t.close()
print("after close:", log)

# close with the generator in a with-like cleanup
def resource(name, events):
    events.append("open " + name)
    try:
        yield name.upper()
    finally:
        events.append("close " + name)
events = []
gens = [resource(n, events) for n in ("a", "b", "c")]
print([next(g) for g in gens])
for g in reversed(gens):
    g.close()
print(events)

# GeneratorExit is a BaseException, not caught by except Exception
def catch_exception():
    try:
        yield
    except Exception:
        print("  never: except Exception")
    finally:
        print("  finally still runs")
ce = catch_exception()
next(ce)
ce.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

# close() when a yield inside finally happens
def yield_in_finally():
    try:
        yield 1
    finally:
        yield 2
yf = yield_in_finally()
next(yf)
try:
    yf.close()
except RuntimeError as e:
    print(type(e).__name__, e)
