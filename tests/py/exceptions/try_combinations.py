# try / except / else / finally in all combinations.

def run(label, raise_exc=None, catch=Exception):
    print("--", label)
    try:
        print("  try body")
        if raise_exc is not None:
            raise raise_exc
        print("  try body finished")
    except catch as e:
        print("  except", type(e).__name__, e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")

run("no exception")
run("caught", ValueError("v"))
run("caught by base", KeyError("k"), LookupError)
try:
    run("not caught", TypeError("t"), ValueError)
except TypeError as e:
    print("outer caught", type(e).__name__, e)

# try/finally without except
def tf(fail):
    try:
        print("  tf body")
        if fail:
            raise RuntimeError("tf")
    finally:
        print("  tf finally")
tf(False)
try:
    tf(True)
except RuntimeError as e:
    print("tf propagated", e)

# try/except without else/finally
try:
    [][1]
except IndexError:
    print("index error caught")

# multiple except clauses, first match wins
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError clause"
    except LookupError:
        return "LookupError clause"
    except (TypeError, ValueError) as e:
        return "tuple clause: " + type(e).__name__
    except Exception:
        return "Exception clause"
for exc in (KeyError(), IndexError(), TypeError(), ValueError(), UnicodeDecodeError("utf-8", b"", 0, 1, "r"), ZeroDivisionError()):
    print(type(exc).__name__, "->", classify(exc))

# bare except catches everything
try:
    raise SystemExit(5)
except:
    print("bare except caught SystemExit")

# exception raised inside except block
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("got", type(e).__name__, e, "context:", type(e.__context__).__name__)

# exception in else is not caught by the same try's except
try:
    try:
        pass
    except ValueError:
        print("never")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("else exception escaped:", e)

# exception in finally replaces the in-flight one
try:
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("finally wins")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

# nested try statements
for n in range(4):
    try:
        try:
            if n == 0:
                raise ValueError(n)
            if n == 1:
                raise TypeError(n)
            if n == 2:
                raise KeyError(n)
            print("n=%d no error" % n)
        except ValueError:
            print("n=%d inner caught ValueError" % n)
        except KeyError:
            print("n=%d inner caught KeyError, re-raising as RuntimeError" % n)
            raise RuntimeError(n)
        finally:
            print("n=%d inner finally" % n)
    except TypeError:
        print("n=%d outer caught TypeError" % n)
    except RuntimeError as e:
        print("n=%d outer caught RuntimeError" % n, e, repr(e.__context__))

# except with a class computed at runtime
errors = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except errors as e:
    print("dynamic tuple caught", type(e).__name__)

def pick():
    return ArithmeticError
try:
    1 % 0
except pick() as e:
    print("function result caught", type(e).__name__)

# catching with a non-exception class is a TypeError at match time
try:
    try:
        raise ValueError("x")
    except int:
        print("never")
except TypeError as e:
    print(type(e).__name__, e)

# loop with try/else/finally
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    except Exception:
        pass
    else:
        print("loop else", i)
    finally:
        print("loop finally", i)
