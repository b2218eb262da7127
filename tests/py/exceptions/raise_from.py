# Explicit chaining with `raise ... from ...`.

def describe(e):
    return "%s(%s) cause=%r context=%r suppress=%r" % (
        type(e).__name__, e, e.__cause__, e.__context__, e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("conversion failed") from inner
except RuntimeError as e:
    print(describe(e))
    print(e.__cause__ is e.__context__)

# from None suppresses context display but keeps __context__
try:
    try:
        {}["k"]
    except KeyError:
        raise AttributeError("no attribute k") from None
except AttributeError as e:
    print(describe(e))

# from an unrelated exception instance
try:
    raise ValueError("main") from OSError(2, "not found")
except ValueError as e:
    print(describe(e))
    print(type(e.__cause__).__name__, e.__cause__.errno)

# from an exception class: it's instantiated
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))

# from a non-exception is a TypeError
try:
    raise ValueError("x") from 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("x") from "str"
except TypeError as e:
    print(type(e).__name__, e)

# raise a class (instantiated with no args)
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)

# raise a non-exception
for bad in (5, "message", None, object):
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)

# setting __cause__ manually
e1 = ValueError("a")
e2 = TypeError("b")
e2.__cause__ = e1
print(e2.__cause__ is e1, e2.__suppress_context__)
try:
    e2.__cause__ = "nope"
except TypeError as e:
    print(type(e).__name__, e)
e2.__cause__ = None
print(e2.__cause__)

# __suppress_context__ is set by `from`, and writable
e3 = KeyError("k")
print(e3.__suppress_context__)
e3.__suppress_context__ = True
print(e3.__suppress_context__)

# chain walking
def level3():
    raise OSError("disk")
def level2():
    try:
        level3()
    except OSError as e:
        raise LookupError("lookup failed") from e
def level1():
    try:
        level2()
    except LookupError as e:
        raise RuntimeError("top level") from e
try:
    level1()
except RuntimeError as e:
    cur = e
    while cur is not None:
        print("chain:", type(cur).__name__, cur)
        cur = cur.__cause__

# raise from inside except with the same exception
try:
    try:
        raise ValueError("self")
    except ValueError as v:
        raise v from v
except ValueError as e:
    print(e.__cause__ is e, e.__context__)

# from in a function called outside except: context is None
def outside():
    raise ValueError("outside") from KeyError("cause")
try:
    outside()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__))

# cause is preserved when re-raised with bare raise
try:
    try:
        raise ValueError("v") from TypeError("t")
    except ValueError:
        raise
except ValueError as e:
    print(repr(e.__cause__))
