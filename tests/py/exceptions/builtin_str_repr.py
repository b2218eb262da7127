# str() and repr() of builtin exceptions, including quirks.

samples = [
    ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(1), ValueError(None), ValueError(""),
    KeyError("key"), KeyError(1), KeyError(), KeyError("a", "b"), KeyError(("t", 1)), KeyError(""),
    IndexError("list index out of range"), TypeError("x", 2, [3]),
    StopIteration(), StopIteration(5), StopIteration(1, 2),
    SystemExit(), SystemExit(3), SystemExit("bye"),
    AttributeError("attr"), NameError("nm"), RuntimeError(),
    ZeroDivisionError("division by zero"), AssertionError("assert msg"), AssertionError(),
    NotImplementedError("todo"), Exception("with\nnewline"), Exception("quote's"),
    UnicodeError("uni"),
]
for e in samples:
    print("%-30s | %-40s | %r" % (type(e).__name__, repr(e), str(e)))

# KeyError str uses repr of the single arg
try:
    {}["missing"]
except KeyError as e:
    print(str(e), "|", e.args[0], "|", repr(e))
try:
    {}[("a", 1)]
except KeyError as e:
    print(str(e), "|", e.args)

# StopIteration.value
print(StopIteration().value, StopIteration(7).value, StopIteration(1, 2).value)

# SystemExit.code
print(SystemExit().code, SystemExit(2).code, SystemExit("m").code, SystemExit(1, 2).code)

# UnicodeDecodeError / UnicodeEncodeError attributes and str
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(str(e))
    print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    "aé".encode("ascii")
except UnicodeEncodeError as e:
    print(str(e))
    print(e.encoding, e.start, e.end, e.reason, e.object)
u = UnicodeDecodeError("utf-8", b"\x80\x81", 0, 2, "invalid start byte")
print(str(u))

# AttributeError name/obj (3.10+)
class Thing:
    pass
try:
    Thing().missing
except AttributeError as e:
    print(str(e), "|", e.name, "|", type(e.obj).__name__)

# NameError.name
try:
    undefined_thing
except NameError as e:
    print(str(e), "|", e.name)

# ImportError attributes
try:
    import _no_such_module_here
except ImportError as e:
    print(type(e).__name__, str(e), "|", e.name, "|", e.path)
e = ImportError("custom", name="modname", path="some/path")
print(str(e), e.name, e.path, repr(e))

# SyntaxError attributes
try:
    compile("x = (1,", "<src>", "exec")
except SyntaxError as e:
    print(type(e).__name__, "|", e.msg, "|", e.filename, e.lineno)
try:
    compile("def f(:\n  pass", "<src2>", "exec")
except SyntaxError as e:
    print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, repr(e.text))
se = SyntaxError("bad", ("file.py", 3, 5, "code line\n"))
print(str(se), se.filename, se.lineno, se.offset, repr(se.text), se.args)

# exception args are preserved exactly
big = ValueError(*range(5))
print(big.args, str(big))

# repr of exception subclasses uses the subclass name
class MyErr(LookupError):
    pass
print(repr(MyErr("x")), str(MyErr("x")), repr(MyErr()))
class MyKeyErr(KeyError):
    pass
print(str(MyKeyErr("k")), repr(MyKeyErr("k")))

# BaseException with non-string args
print(str(Exception([1, 2])), str(Exception({"a": 1})), str(Exception(b"bytes")), str(Exception(3.5)))

# exceptions as dictionary values and in f-strings
err = ValueError("boom")
print(f"{err}", f"{err!r}", "%s / %r" % (err, err), "{}".format(err))
