# The builtin exception hierarchy.

def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)

for cls in (BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError,
            LookupError, IndexError, KeyError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
            TypeError, AttributeError, NameError, UnboundLocalError, RuntimeError, RecursionError,
            NotImplementedError, OSError, FileNotFoundError, PermissionError, TimeoutError, ConnectionError,
            ConnectionResetError, ImportError, ModuleNotFoundError, StopIteration, StopAsyncIteration,
            GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError, EOFError, MemoryError,
            SyntaxError, IndentationError, TabError, SystemError, ReferenceError, BufferError,
            Warning, UserWarning, DeprecationWarning, SyntaxWarning, RuntimeWarning, BaseExceptionGroup, ExceptionGroup):
    print(chain(cls))

# aliases
print(IOError is OSError, EnvironmentError is OSError)

# catching by base class
tests = [(ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (UnicodeDecodeError, ValueError),
         (FileNotFoundError, OSError), (RecursionError, RuntimeError), (ModuleNotFoundError, ImportError),
         (UnboundLocalError, NameError), (TabError, SyntaxError), (KeyboardInterrupt, Exception),
         (SystemExit, Exception), (GeneratorExit, Exception), (StopIteration, Exception)]
for sub, base in tests:
    print(sub.__name__, "is a", base.__name__, ":", issubclass(sub, base))

# KeyboardInterrupt etc. are not caught by except Exception
for exc in (SystemExit, KeyboardInterrupt, GeneratorExit):
    try:
        try:
            raise exc()
        except Exception:
            print("caught by Exception (wrong)")
    except BaseException as e:
        print(type(e).__name__, "escaped except Exception")

# builtin errors raised by operations
samples = [
    ("1/0", ZeroDivisionError), ("[][0]", IndexError), ("{}['x']", KeyError), ("int('x')", ValueError),
    ("1 + 's'", TypeError), ("None.attr", AttributeError), ("undefined_name_xyz", NameError),
    ("2.0 ** 10000", OverflowError), ("b'\\xff'.decode('utf-8')", UnicodeDecodeError),
    ("'é'.encode('ascii')", UnicodeEncodeError), ("next(iter([]))", StopIteration),
    ("import _definitely_missing_module", ModuleNotFoundError),
]
for src, expected in samples:
    try:
        if src.startswith("import"):
            exec(src)
        else:
            eval(src)
    except expected as e:
        print("%-40s %s" % (src, type(e).__name__))

# OSError subclass selection by errno
for errno_value, name in ((2, "ENOENT"), (13, "EACCES"), (17, "EEXIST"), (20, "ENOTDIR"), (21, "EISDIR"), (9999, "unknown")):
    e = OSError(errno_value, "message")
    print(name, type(e).__name__, e.errno, e.strerror)

# exception classes are classes
print(type(ValueError).__name__, isinstance(ValueError("x"), BaseException), ValueError.__base__.__name__)
