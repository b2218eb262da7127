# with_traceback, bare raise, and re-raising semantics.
import sys

def fail():
    raise ValueError("original")

# bare raise re-raises the current exception unchanged
try:
    try:
        fail()
    except ValueError as e:
        first = e
        raise
except ValueError as e:
    print(e is first, e)

# bare raise outside of except
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# bare raise in a function called from an except block re-raises the handled exception
def reraise_helper():
    raise
try:
    try:
        raise KeyError("handled")
    except KeyError:
        reraise_helper()
except KeyError as e:
    print("helper re-raised", repr(e))

# bare raise after a nested handler finished refers to the outer exception
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
except ValueError as e:
    print("re-raised", repr(e))
except TypeError as e:
    print("wrong one", repr(e))

# bare raise inside finally with an exception in flight
try:
    try:
        raise IndexError("in flight")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)
except IndexError as e:
    print("propagated", repr(e))

# with_traceback returns the same exception
e = ValueError("x")
print(e.with_traceback(None) is e)

# transferring a traceback to another exception
try:
    fail()
except ValueError as err:
    tb = err.__traceback__
new = RuntimeError("wrapped")
try:
    raise new.with_traceback(tb)
except RuntimeError as e:
    t = e.__traceback__
    lines = []
    while t:
        lines.append(t.tb_lineno)
        t = t.tb_next
    print(lines)

# with_traceback argument type check
try:
    ValueError().with_traceback("not a tb")
except TypeError as e:
    print(type(e).__name__, e)

# re-raise an exception object stored earlier (adds to traceback, keeps args)
stored = None
try:
    fail()
except ValueError as e:
    stored = e
try:
    raise stored
except ValueError as e:
    print(e is stored, e.args)

# raise inside except re-raising a different instance of same type
try:
    try:
        raise ValueError("one")
    except ValueError as e:
        raise ValueError("two") from e
except ValueError as e:
    print(e, "<-", e.__cause__)

# exception variable is deleted at the end of the except block
try:
    raise KeyError("temp")
except KeyError as caught:
    pass
try:
    caught
except NameError as e:
    print(type(e).__name__, e)

# ... even if it shadowed an existing name
name = "before"
try:
    raise ValueError
except ValueError as name:
    pass
try:
    print(name)
except NameError as e:
    print(type(e).__name__, e)

# saving the exception explicitly keeps it alive
saved = None
try:
    raise OSError("keep me")
except OSError as err:
    saved = err
print(repr(saved))

# re-raise in a loop handler, counting retries
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("try %d" % attempts)
    return "ok after %d" % attempts
while True:
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retrying after", e)

# raise in except changing the type while keeping the message
def convert():
    try:
        {}["x"]
    except KeyError as e:
        raise AttributeError(*e.args) from None
try:
    convert()
except AttributeError as e:
    print(repr(e), e.__suppress_context__)

# exc_info during handling and after
try:
    raise LookupError("li")
except LookupError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
