# generator.throw()

def resilient():
    count = 0
    while True:
        try:
            yield count
        except ValueError as e:
            print("  handled ValueError:", e)
            count += 100
        count += 1

r = resilient()
print(next(r))
print(next(r))
print(r.throw(ValueError("bad value")))
print(next(r))

# throw with a class instead of instance
print(r.throw(ValueError))

# unhandled thrown exception propagates and finishes the generator
try:
    r.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(r, "finished"))

# throw into a generator that has not started
def simple():
    print("  simple started")
    yield 1
s = simple()
try:
    s.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("raised without running body:", e)
print(next(s, "finished"))

# throw into finished generator
done = simple()
list(done)
try:
    done.throw(TypeError("after end"))
except TypeError as e:
    print("finished generator re-raises:", e)

# throw: the value yielded after handling is returned
def yields_after_catch():
    try:
        yield "a"
    except IndexError:
        yield "caught IndexError"
    yield "b"
y = yields_after_catch()
print(next(y), y.throw(IndexError), next(y))

# generator returns after catching: throw raises StopIteration with value
def returns_on_throw():
    try:
        yield
    except LookupError:
        return "returned from handler"
rt = returns_on_throw()
next(rt)
try:
    rt.throw(LookupError)
except StopIteration as e:
    print("StopIteration value:", e.value)

# finally blocks run on thrown exceptions
def with_finally():
    try:
        yield 1
    finally:
        print("  finally executed")
wf = with_finally()
next(wf)
try:
    wf.throw(OSError("io"))
except OSError as e:
    print("after finally:", e)

# traceback-free check that thrown exception instance is preserved
err = ArithmeticError("specific")
def catch_it():
    try:
        yield
    except ArithmeticError as e:
        yield e is err
ci = catch_it()
next(ci)
print(ci.throw(err))

# throw with three-argument form (type, value) still supported in 3.11
def three_arg():
    try:
        yield
    except ValueError as e:
        yield "got " + repr(e)
ta = three_arg()
next(ta)
print(ta.throw(ValueError, ValueError("via value")))

# throw non-exception
def plain():
    yield
p = plain()
next(p)
try:
    p.throw(5)
except TypeError as e:
    print(type(e).__name__, e)

# throwing StopIteration into a generator that doesn't catch it -> RuntimeError
def no_catch():
    yield 1
    yield 2
nc = no_catch()
next(nc)
try:
    nc.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)

# throwing GeneratorExit manually behaves like an exception
def ge():
    try:
        yield
    except GeneratorExit:
        print("  saw GeneratorExit")
        raise
g = ge()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

# exception context when thrown exception is caught and a new one raised
def converts():
    try:
        yield
    except KeyError:
        raise ValueError("converted")
cv = converts()
next(cv)
try:
    cv.throw(KeyError("original"))
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
