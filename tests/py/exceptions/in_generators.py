# Exceptions interacting with generators.

def gen_raises():
    yield 1
    raise ValueError("from generator")
    yield 2

g = gen_raises()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
# a generator that raised is finished
print(next(g, "exhausted"))

# exception propagating through for loop
try:
    for v in gen_raises():
        print("loop", v)
except ValueError as e:
    print("loop stopped by", e)

# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def leaks_stop():
    yield 1
    raise StopIteration("leaked")
try:
    list(leaks_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

# next() on exhausted iterator inside generator -> RuntimeError
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(type(e).__name__, e)

# try/except inside generator handles errors from its own code
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield "div by zero"
print(list(safe_div([(1, 2), (1, 0), (9, 3)])))

# exceptions thrown into generator are caught by its handlers
def catcher():
    while True:
        try:
            x = yield
            print("  received", x)
        except KeyError as e:
            print("  caught thrown", repr(e))
        except ValueError:
            print("  ValueError: stopping")
            return "done"
c = catcher()
next(c)
c.send(1)
c.throw(KeyError("k"))
c.send(2)
try:
    c.throw(ValueError)
except StopIteration as e:
    print("generator returned", e.value)

# throw into generator that doesn't handle it
def plain():
    yield 1
    yield 2
p = plain()
next(p)
try:
    p.throw(IndexError("thrown"))
except IndexError as e:
    print("propagated back", repr(e))
print(next(p, "finished"))

# throw into not-started generator: raised immediately at start
p2 = plain()
try:
    p2.throw(TypeError("early"))
except TypeError as e:
    print("not started:", repr(e))
print(next(p2, "finished"))

# finally in generator runs on exception
def with_finally():
    try:
        yield 1
        raise OSError("inside")
    finally:
        print("  generator finally ran")
try:
    for _ in with_finally():
        pass
except OSError as e:
    print(repr(e))

# exception in generator expression
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# generator expression: first iterable evaluated eagerly
try:
    gen = (x for x in 5)
except TypeError as e:
    print("eager error:", e)

# exception context inside generator
def ctx_gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "in handler"
        raise ValueError("after yield")
cg = ctx_gen()
print(next(cg))
try:
    next(cg)
except ValueError as e:
    print(repr(e), repr(e.__context__))

# exception raised by consumer doesn't affect the generator state
def counter():
    n = 0
    while True:
        n += 1
        yield n
cnt = counter()
try:
    for v in cnt:
        if v == 3:
            raise RuntimeError("consumer stop")
except RuntimeError:
    pass
print(next(cnt))

# yield inside except/finally blocks
def yield_in_handlers():
    try:
        raise ValueError("v")
    except ValueError as e:
        yield "except: " + str(e)
    finally:
        yield "finally"
print(list(yield_in_handlers()))

# sys.exc_info inside generator reflects generator's own handling
import sys
def exc_info_gen():
    yield sys.exc_info()[0]
    try:
        raise KeyError
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
try:
    raise ValueError
except ValueError:
    print([t.__name__ if t else None for t in exc_info_gen()])
