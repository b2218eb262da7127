# Implicit exception chaining via __context__.

try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_variable_xyz
except NameError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
    print(e.__cause__, e.__suppress_context__)

# context set in finally too
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

# three-deep context chain
try:
    try:
        try:
            raise OSError("a")
        except OSError:
            raise TypeError("b")
    except TypeError:
        raise ValueError("c")
except ValueError as e:
    cur = e
    while cur:
        print("context chain:", type(cur).__name__, cur)
        cur = cur.__context__

# exception raised and handled inside an except block doesn't leak into later context
try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise ValueError("final")
except ValueError as e:
    print(repr(e.__context__))

# context is not set when raising outside of any handler
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__context__)

# context when an exception raised inside a function called from except
def helper():
    raise RuntimeError("from helper")
try:
    try:
        raise KeyError("k")
    except KeyError:
        helper()
except RuntimeError as e:
    print(repr(e.__context__))

# re-raising the same exception object doesn't create a self-cycle
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        saved = e
        raise e
except ValueError as e:
    print(e is saved, e.__context__)

# cycles are broken: raising an older exception in handler of newer
try:
    try:
        raise KeyError("A")
    except KeyError as a:
        try:
            raise ValueError("B")
        except ValueError as b:
            raise a
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__ is None)

# with statement __exit__ raising gets context
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise LookupError("exit")
try:
    with CM():
        raise ValueError("body")
except LookupError as e:
    print(repr(e), repr(e.__context__))

# context from generator close
def gen():
    try:
        yield 1
    finally:
        raise TypeError("in generator finally")
g = gen()
next(g)
try:
    try:
        raise KeyError("while generator open")
    except KeyError:
        g.close()
except TypeError as e:
    print(repr(e), repr(e.__context__))

# __context__ can be set manually
e1 = ValueError()
e1.__context__ = KeyError("manual")
print(repr(e1.__context__))
try:
    e1.__context__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# suppress_context with from None still records __context__
try:
    try:
        raise KeyError("hidden")
    except KeyError:
        raise ValueError("shown") from None
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)

# an exception that was fully handled does not become the context of a later one
try:
    try:
        raise OSError("io")
    except OSError as err:
        pass
    print("err" in dir())
    raise RuntimeError("after handled")
except RuntimeError as e:
    print(repr(e.__context__))

# context inside nested handlers: the innermost handled exception becomes context
try:
    try:
        raise KeyError("level1")
    except KeyError:
        try:
            raise IndexError("level2")
        except IndexError:
            raise ValueError("level3")
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))

# context is attached when exception propagates out of a function called in a handler
def thrower(n):
    if n == 0:
        raise ZeroDivisionError("bottom")
    try:
        thrower(n - 1)
    except ZeroDivisionError as z:
        raise ArithmeticError("level %d" % n)
try:
    thrower(2)
except ArithmeticError as e:
    cur = e
    while cur is not None:
        print("walk:", type(cur).__name__, cur)
        cur = cur.__context__

# explicit cause and implicit context together
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ValueError("val") from OSError("cause")
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# loops inside handlers: each raise gets the current handled exception
results = []
for i in range(3):
    try:
        try:
            raise KeyError(i)
        except KeyError:
            raise ValueError(i * 10)
    except ValueError as e:
        results.append((e.args[0], e.__context__.args[0]))
print(results)
