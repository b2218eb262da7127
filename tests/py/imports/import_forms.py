# Import statement forms and where names get bound.
import sys

# parenthesized, multi-line from-import with trailing comma
from _mod import (
    greet,
    double as twice,
    CONSTANT,
)
print(greet("x"), twice(3), CONSTANT)

# import inside a class body binds a class attribute
class Holder:
    import _mod
    from _mod import double
    value = _mod.CONSTANT
print(Holder._mod.__name__, Holder.value, Holder.double(5))
print(Holder().double is Holder.double or "function became a method")
try:
    Holder().double(5)
except TypeError as e:
    print(type(e).__name__, e)

# import inside if/else and try
if CONSTANT > 10:
    import _pkg as chosen
else:
    import _mod as chosen
print(chosen.__name__)
try:
    from _pkg import sub as maybe
except ImportError:
    maybe = None
print(maybe.__name__)

# import in a function binds a local; global import via global statement
def setup():
    global late_module
    import _star as late_module
setup()
print(late_module.public_a)

# import a.b.c binds only a; attribute chain gives the submodule
def deep():
    import _pkg.nested.sibling
    return sorted(locals()), _pkg.nested.sibling.SIBLING
print(deep())

# import a.b as c binds the leaf
import _pkg.nested.sibling as leaf
print(leaf.__name__)

# from a.b import c where c is a submodule
from _pkg.nested import sibling as sib_alias
print(sib_alias is leaf)

# deleting an imported name does not unload the module
import _mod
del _mod
print("_mod" in sys.modules, "_mod" in globals())
import _mod
print(_mod.CONSTANT)

# two aliases of the same module share state
import _mod as first_alias
import _mod as second_alias
first_alias.shared_value = "set via first"
print(second_alias.shared_value)

# import inside a loop body and inside a comprehension-free generator
def gen():
    import _mod as gm
    yield gm.double(1)
    yield gm.double(2)
print(list(gen()))

# import inside lambda is impossible; __import__ works in expressions
get_const = lambda: __import__("_mod").CONSTANT
print(get_const())

# __import__ of a dotted name returns the top-level package unless fromlist is given
top = __import__("_pkg.sub")
leaf2 = __import__("_pkg.sub", fromlist=["SUB_VALUE"])
print(top.__name__, leaf2.__name__)

# import statement returns None-like: it's a statement, can't be used as expression
try:
    compile("x = import _mod", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# future import must be at the top
try:
    compile("x = 1\nfrom __future__ import annotations\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("from __future__ import braces\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
