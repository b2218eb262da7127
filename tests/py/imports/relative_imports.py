# Relative imports inside packages, and their errors.
import sys

import _pkg.nested.deep as deep
for item in deep.report():
    print(item)

# relative import beyond the top-level package
try:
    import _pkg.nested.bad_relative
except ImportError as e:
    print(type(e).__name__, e)
print("_pkg.nested.bad_relative" in sys.modules)

# relative import in __main__ (no parent package)
try:
    exec("from . import anything")
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from .sibling import x")
except ImportError as e:
    print(type(e).__name__, e)

# __package__ of the main module
print(repr(__package__))

# relative import syntax errors
for src in ("import .mod", "from . import *x"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# star import inside a function is a SyntaxError
try:
    compile("def f():\n    from _mod import *\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# relative imports resolve against __package__ and the parent must be importable
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
