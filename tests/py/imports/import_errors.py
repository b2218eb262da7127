# ImportError / ModuleNotFoundError messages.
import sys

def short(e):
    text = str(e)
    if text.endswith(".py)"):
        text = text[:text.rindex(" (")]
    return text

try:
    import _nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)

try:
    import _nope.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)

try:
    import _pkg.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)

try:
    import _mod.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)

try:
    from _nope import anything
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

try:
    from _mod import missing_name
except ImportError as e:
    print(type(e).__name__, short(e), "| name:", e.name)

try:
    from _pkg import no_such_submodule
except ImportError as e:
    print(type(e).__name__, short(e))

# ModuleNotFoundError is a subclass of ImportError
try:
    import _also_missing
except ImportError as e:
    print("caught as ImportError:", type(e).__name__)

# error raised inside the imported module propagates unchanged
try:
    import _raises
except ValueError as e:
    print(type(e).__name__, e)
print("_raises" in sys.modules)

# __import__ with bad arguments
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)

# import of a name that is a non-module attribute via dotted import
try:
    import _mod.greet
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# conditional import fallback idiom
try:
    import _definitely_not_here as impl
except ImportError:
    import _mod as impl
print(impl.__name__)

# syntax error in import statement
for src in ("import", "from _mod import", "import _mod.", "from _mod import (a, b"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "SyntaxError")

# ImportError constructed manually
e = ImportError("message", name="mod", path="p")
print(e.msg, e.name, e.path, e.args)
e2 = ModuleNotFoundError("No module named 'x'", name="x")
print(e2.name, str(e2))
