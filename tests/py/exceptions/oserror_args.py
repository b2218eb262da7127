# OSError argument handling and errno-based subclass mapping.

e = OSError()
print(repr(e), str(e), e.args, e.errno, e.strerror, e.filename)

e = OSError("just a message")
print(repr(e), str(e), e.args, e.errno, e.strerror)

e = OSError(2, "No such file or directory")
print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename)

e = OSError(2, "No such file or directory", "missing.txt")
print(type(e).__name__, repr(e))
print(str(e))
print(e.args, e.errno, e.strerror, e.filename, e.filename2)

e = OSError(1, "Operation not permitted", "src.txt", None, "dst.txt")
print(type(e).__name__, str(e), e.filename, e.filename2)

# more than 5 args: no special handling
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e.args, e.errno, str(e))

# non-int first arg
e = OSError("two", "args")
print(e.errno, e.strerror, str(e))

# subclass mapping from errno
for code in (2, 13, 17, 20, 21, 1, 4, 32, 3, 10, 11):
    print(code, type(OSError(code, "m")).__name__)

# constructing subclasses directly
e = FileNotFoundError(2, "not found", "x.txt")
print(repr(e), str(e))
e = FileNotFoundError("only message")
print(repr(e), e.errno, str(e))
e = PermissionError(13, "denied")
print(repr(e), e.errno)

# a subclass instance with a mismatched errno keeps its class
e = FileNotFoundError(13, "weird")
print(type(e).__name__, e.errno)

# user subclasses of OSError are not remapped
class MyOSError(OSError):
    pass
e = MyOSError(2, "m")
print(type(e).__name__, e.errno, str(e))

# attributes are writable
e = OSError(5, "io")
e.errno = 99
e.strerror = "changed"
e.filename = "f"
print(e.errno, e.strerror, e.filename, str(e), e.args)

# catching real OS errors from open()
try:
    open("/definitely/not/a/real/path/file.txt")
except FileNotFoundError as err:
    print(type(err).__name__, err.errno, err.strerror, err.filename)
except OSError as err:
    print("other OSError", type(err).__name__)

try:
    open("tests")
except IsADirectoryError as err:
    print(type(err).__name__, err.errno, err.strerror, err.filename)
except OSError as err:
    print("other OSError", type(err).__name__)

# errno attribute on exceptions that are OSError aliases
print(IOError(2, "x").__class__.__name__, EnvironmentError is OSError)

# OSError str with filename containing quotes
e = OSError(2, "No such file", "it's.txt")
print(str(e))

# BlockingIOError characters_written
e = BlockingIOError(11, "would block", 0)
print(type(e).__name__, e.characters_written if hasattr(e, "characters_written") else None)
